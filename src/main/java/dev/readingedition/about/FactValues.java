package dev.readingedition.about;

/**
 * Computes the facts a front-matter page asks for, as HTML, from the edition being served
 * and the request it is served to (its address, for the example citations).
 */
@FunctionalInterface
public interface FactValues {

	/**
	 * @param use the fact and its arguments, which the loader has checked against the
	 * edition
	 * @return the fact as HTML, escaped: an inline fact as phrasing content, a block fact
	 * as flow content
	 */
	String html(Fact.Use use);

}
