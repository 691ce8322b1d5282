package dev.readingedition.live;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.readingedition.testing.Http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path) throws Exception {
		return new Http(port).get(path);
	}

	@Test
	void livenessAndReadinessAreUpOnceTheContentIsLoadedAndIndexed() throws Exception {
		assertThat(
				JsonMapper.builder().build().readTree(get("/actuator/health/liveness").body()).get("status").asText())
			.isEqualTo("UP");
		// The index is built just after start-up, while the reading pages are already
		// served.
		HttpResponse<String> readiness = await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get("/actuator/health/readiness"), (answer) -> {
				if (answer.statusCode() != 200) {
					assertThat(answer.statusCode()).isEqualTo(503);
					assertThat(answer.body()).contains("OUT_OF_SERVICE", "the search index is being built");
				}
				return answer.statusCode() == 200;
			});
		assertThat(readiness.statusCode()).isEqualTo(200);
		JsonNode content = JsonMapper.builder().build().readTree(readiness.body()).path("components").path("content");
		assertThat(content.path("status").asText()).isEqualTo("UP");
		assertThat(content.path("details").path("letters").asInt()).as("the four letters of content/").isEqualTo(4);
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
