package dev.readingedition.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void livenessAndReadinessAreUpOnceTheContentIsLoadedAndIndexed() throws Exception {
		assertThat(JsonMapper.builder().build().readTree(get("/actuator/health/liveness").body()).get("status").asText())
			.isEqualTo("UP");
		// The index is built just after start-up, while the reading pages are already served.
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		for (int tries = 0; readiness.statusCode() != 200 && tries < 100; tries++) {
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("OUT_OF_SERVICE", "the search index is being built");
			Thread.sleep(100);
			readiness = get("/actuator/health/readiness");
		}
		assertThat(readiness.statusCode()).isEqualTo(200);
		JsonNode content = JsonMapper.builder().build().readTree(readiness.body()).path("components").path("content");
		assertThat(content.path("status").asText()).isEqualTo("UP");
		assertThat(content.path("details").path("letters").asInt()).isEqualTo(1);
		assertThat(content.path("details").path("indexed").asInt()).isPositive();
		assertThat(content.path("details").has("lastReloadProblem")).isFalse();
	}

	@Test
	void onlyTheHealthEndpointIsExposed() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/mappings", "/actuator/metrics")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

}
