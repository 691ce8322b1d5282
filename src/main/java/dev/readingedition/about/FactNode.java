package dev.readingedition.about;

import java.util.List;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Where a front-matter page asks for a computed fact, written {@code {{name argument
 * …}}}: its name and arguments as written, resolved to a {@link Fact} when the page is
 * loaded.
 */
final class FactNode extends Node {

	private final String name;

	private final List<String> arguments;

	private Fact.Use use;

	FactNode(BasedSequence chars, String name, List<String> arguments) {
		super(chars);
		this.name = name;
		this.arguments = List.copyOf(arguments);
	}

	String name() {
		return name;
	}

	List<String> arguments() {
		return arguments;
	}

	/**
	 * The fact it asks for; set once, while the page is loaded, before the page is ever
	 * rendered.
	 */
	Fact.Use use() {
		return use;
	}

	void resolve(Fact.Use use) {
		this.use = use;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
