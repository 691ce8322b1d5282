package dev.readingedition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The annotated reading edition: letters from Markdown in {@code content/}, served as
 * paragraph-anchored pages.
 */
@SpringBootApplication
public class ReadingEditionApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReadingEditionApplication.class, args);
	}

}
