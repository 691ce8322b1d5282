package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The yardstick for start-up and memory: a Spring Boot application of the edition's version with the edition's
 * starters (web MVC, Thymeleaf, the Actuator's health endpoint with the same probes) and nothing of its own but
 * one page rendered from one small template, so "first page" means the same work of the framework for both.
 */
@SpringBootApplication
@Controller
public class BaselineApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

	@GetMapping("/")
	String page(Model model) {
		model.addAttribute("title", "A page");
		model.addAttribute("paragraphs", java.util.List.of("The first paragraph.", "The second paragraph."));
		return "page";
	}

}
