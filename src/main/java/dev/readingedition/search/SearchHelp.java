package dev.readingedition.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.readingedition.live.LiveEdition;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The search help page, written in Markdown in {@code content/help/search.md} like the
 * rest of the content, and rendered with Flexmark when first asked for (raw HTML in it is
 * escaped, not passed through). Read from the content folder the edition serves, or from
 * the copy packaged in the jar.
 */
@Component
class SearchHelp {

	static final String FILE = "help/search.md";

	private final LiveEdition edition;

	private volatile Rendered rendered;

	/** The page's title (its level-1 heading) and its body without that heading. */
	record Rendered(String title, String html, long modified) {
	}

	SearchHelp(LiveEdition edition) {
		this.edition = edition;
	}

	/** The help, rendered again only when the file has changed since. */
	Rendered page() {
		Path file = edition.folder().map((folder) -> folder.resolve(FILE)).orElse(null);
		long modified = modified(file);
		Rendered current = rendered;
		if (current == null || current.modified() != modified) {
			current = render(read(file), modified);
			rendered = current;
		}
		return current;
	}

	private static long modified(Path file) {
		try {
			return file != null && Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String read(Path file) {
		try {
			if (file != null && Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
			try (InputStream packaged = new ClassPathResource("content/" + FILE).getInputStream()) {
				return new String(packaged.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the search help, content/" + FILE, ex);
		}
	}

	static Rendered render(String markdown, long modified) {
		MutableDataSet options = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true);
		Parser parser = Parser.builder(options).build();
		HtmlRenderer renderer = HtmlRenderer.builder(options).build();
		Node document = parser.parse(markdown);
		String title = "Search help";
		Node first = document.getFirstChild();
		if (first instanceof com.vladsch.flexmark.ast.Heading heading && heading.getLevel() == 1) {
			title = heading.getText().toString();
			heading.unlink();
		}
		return new Rendered(title, renderer.render(document), modified);
	}

}
