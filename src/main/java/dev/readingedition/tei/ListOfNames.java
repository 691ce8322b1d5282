package dev.readingedition.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A FRUS volume's List of Names ({@code <div xml:id="persons">}): who each
 * {@code persName/@corresp} is, as the volume's editors identify them, e.g.
 * {@code <persName xml:id="p_KNS2">Khrushchev, Nikita S.</persName>, Chairman of
 * the Council of Ministers of the Soviet Union}. The importer takes a letter's sender and
 * addressee from it.
 */
public final class ListOfNames {

	/**
	 * One entry.
	 *
	 * @param id the volume's id, e.g. {@code p_KNS2}
	 * @param sortName the name as listed, surname first: "Khrushchev, Nikita S."
	 * @param description what the list says of the person, e.g. "Chairman of the Council
	 * of Ministers of the Soviet Union"
	 */
	public record Person(String id, String sortName, String description) {

		/**
		 * The name in reading order: "Nikita S. Khrushchev" for "Khrushchev, Nikita S.".
		 */
		public String name() {
			int comma = sortName.indexOf(", ");
			if (comma < 0) {
				return sortName;
			}
			String rest = sortName.substring(comma + 2);
			String surname = sortName.substring(0, comma);
			// "Thompson, Llewellyn E., Jr." is "Llewellyn E. Thompson, Jr.".
			int suffix = rest.indexOf(", ");
			return suffix < 0 ? rest + " " + surname
					: rest.substring(0, suffix) + " " + surname + rest.substring(suffix);
		}

		/**
		 * The office the description opens with, without the dates that follow it:
		 * "President of the United States" for "President of the United States until
		 * November 22, 1963".
		 */
		public String office() {
			String office = description;
			for (String cut : new String[] { " until ", "; ", " from " }) {
				int at = office.indexOf(cut);
				if (at > 0) {
					office = office.substring(0, at);
				}
			}
			return office.strip();
		}

	}

	private final Map<String, Person> byId;

	private ListOfNames(Map<String, Person> byId) {
		this.byId = Map.copyOf(byId);
	}

	public static ListOfNames read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new TeiException(file.toString(), "cannot be read: " + ex.getMessage(), ex);
		}
	}

	public static ListOfNames read(InputStream in, String file) {
		Document dom = LocatedDom.parse(in, file);
		Map<String, Person> people = new HashMap<>();
		NodeList items = dom.getElementsByTagName("item");
		for (int i = 0; i < items.getLength(); i++) {
			Element item = (Element) items.item(i);
			NodeList names = item.getElementsByTagName("persName");
			if (names.getLength() == 0) {
				continue;
			}
			Element name = (Element) names.item(0);
			String id = name.getAttribute("xml:id");
			String sortName = FrusDocumentReader.collapse(name.getTextContent()).strip();
			// The description is the item's text after the name and its comma (both
			// inside the bold <hi>).
			StringBuilder description = new StringBuilder();
			for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (!(child instanceof Element e && e.getTagName().equals("hi"))) {
					description.append(child.getTextContent());
				}
			}
			people.put(id, new Person(id, sortName, FrusDocumentReader.collapse(description.toString()).strip()));
		}
		if (people.isEmpty()) {
			throw new TeiException(file, 0, "holds no <item> with a <persName xml:id>; is it a FRUS List of Names?");
		}
		return new ListOfNames(people);
	}

	public Optional<Person> person(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public int size() {
		return byId.size();
	}

}
