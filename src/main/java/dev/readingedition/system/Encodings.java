package dev.readingedition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Content negotiation of the encoding: a rendering is kept both as it is and gzipped, and
 * each client gets the form its {@code Accept-Encoding} takes. (Its type is the route's:
 * each route answers one type.)
 */
final class Encodings {

	private Encodings() {
	}

	/**
	 * Whether the client takes gzip: named in {@code Accept-Encoding} and not refused
	 * with {@code q=0}.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.strip().split(";");
			if (pieces[0].strip().equalsIgnoreCase("gzip")) {
				return pieces.length == 1 || !refused(pieces[1]);
			}
		}
		return false;
	}

	/** "q=0", "q=0.0", "q = 0.000": a weight of zero. */
	private static boolean refused(String parameter) {
		String compact = parameter.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		if (!compact.startsWith("q=")) {
			return false;
		}
		String weight = compact.substring(2);
		return !weight.isEmpty() && weight.chars().allMatch((c) -> c == '0' || c == '.') && weight.charAt(0) == '0';
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
