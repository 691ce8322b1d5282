# How bench/run starts a Spring Boot jar: the same way for the edition and for the baseline app, so the
# start-up and memory ratios compare like with like. LAUNCH=cds (default) extracts the jar and trains a
# class-data-sharing archive first; LAUNCH=jar is a plain java -jar.
LAUNCH=${LAUNCH:-cds}

# prepare_launch JAR DIR NAME PORT PATH: extracts the jar into DIR and, for cds, trains an archive with one start
# that answers one request for PATH on PORT (so the classes the first answer needs are archived too) and then stops.
prepare_launch() {
  local jar=$1 dir=$2 port=$4 path=$5
  rm -rf "$dir"
  if [ "$LAUNCH" = cds ]; then
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    local extracted
    extracted=$(ls "$dir"/*.jar)
    java -XX:ArchiveClassesAtExit="$dir/app.jsa" -jar "$extracted" --server.port="$port" \
      --server.address=127.0.0.1 >"$dir/training.log" 2>&1 &
    local pid=$! answered=""
    for _ in $(seq 1 1200); do
      if curl -fso /dev/null "http://127.0.0.1:$port$path"; then answered=yes; break; fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    # SIGTERM ends the JVM normally, which is when it writes the archive.
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$answered" ] || { echo "the training start of $jar never answered $path; its log:" >&2; tail -20 "$dir/training.log" >&2; exit 1; }
    [ -f "$dir/app.jsa" ] || { echo "no CDS archive for $jar; training log:" >&2; tail -20 "$dir/training.log" >&2; exit 1; }
  else
    mkdir -p "$dir"
    cp "$jar" "$dir/"
  fi
}

# launch_command NAME DIR [JVM options] -- [application arguments]
launch_command() {
  local dir=$2; shift 2
  local jvm=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  local jar
  jar=$(ls "$dir"/*.jar)
  if [ "$LAUNCH" = cds ] && [ "${START_MODE:-restart}" != cold ]; then
    exec java -XX:SharedArchiveFile="$dir/app.jsa" -Xshare:auto "${jvm[@]}" -jar "$jar" "$@"
  else
    exec java "${jvm[@]}" -jar "$jar" "$@"
  fi
}

launch_description() {
  if [ "$LAUNCH" = cds ]; then
    echo "both apps extracted (java -Djarmode=tools extract) with a trained class-data-sharing archive"
  else
    echo "both apps as plain java -jar"
  fi
}
