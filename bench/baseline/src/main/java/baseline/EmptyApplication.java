package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An empty Spring Boot web application with one answer, so "first 200" means the same for both. */
@SpringBootApplication
@RestController
public class EmptyApplication {

	public static void main(String[] args) {
		SpringApplication.run(EmptyApplication.class, args);
	}

	@GetMapping("/")
	String ok() {
		return "ok";
	}

}
