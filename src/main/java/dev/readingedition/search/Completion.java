package dev.readingedition.search;

/**
 * One suggestion offered as the reader types: a name or term of the register, or a word
 * of the letters.
 *
 * @param text what the list shows, in the text's or the register's own form
 * @param kind the register entity's kind ({@code person}, {@code place}, …), or
 * {@code word}
 * @param query the search it leads to
 */
public record Completion(String text, String kind, String query) {
}
