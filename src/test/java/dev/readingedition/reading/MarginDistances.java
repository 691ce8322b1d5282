package dev.readingedition.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readingedition.testing.Browser;

/**
 * Where the margin's notes and glosses stand from the words that cite them, in lines of
 * the text column, as a reader at one window size sees them: read from the page by
 * script, so a browser test can print and check the figures.
 */
public record MarginDistances(String width, List<Item> items, double lineHeight, double textRight) {

	/**
	 * One note or gloss: its box, whether it is shown beside the text, and how many lines
	 * its top stands from the line of its reference (a note's number, a gloss's first
	 * mention).
	 */
	public record Item(String id, boolean note, boolean shown, boolean beside, boolean cut, double distance, double top,
			double bottom, double left, double right) {
	}

	/**
	 * The figures, read from the page. A reference's line top is its box's middle less
	 * half a line (a raised note number starts above the line); a mention that wraps
	 * counts from the nearest of its lines.
	 */
	public static final String SCRIPT = """
			const lh = parseFloat(getComputedStyle(document.querySelector('.text > p')).lineHeight);
			const textRight = Math.max(...[...document.querySelectorAll('.text > p')].map(p => p.getBoundingClientRect().right));
			return {lineHeight: lh, textRight: textRight, items: [...document.querySelectorAll('.note, .annotation')].map(n => {
			  const note = n.classList.contains('note');
			  const ref = note ? document.getElementById('nref' + n.id.substring(1))
			      : document.getElementById('aref-' + n.id.substring(2) + '-1');
			  const r = n.getBoundingClientRect();
			  const style = getComputedStyle(n);
			  const shown = style.display !== 'none' && style.visibility !== 'hidden' && r.height > 0;
			  let distance = Infinity;
			  for (const line of ref.getClientRects()) {
			    const top = (line.top + line.bottom) / 2 - lh / 2;
			    distance = Math.min(distance, Math.abs(r.top - top) / lh);
			  }
			  const cut = shown && n.scrollHeight > n.clientHeight + 1 && !n.querySelector('button[aria-expanded]');
			  return {id: n.id, note: note, shown: shown, beside: shown && r.left >= textRight - 1, cut: cut,
			          distance: shown ? distance : -1, top: r.top + scrollY, bottom: r.bottom + scrollY,
			          left: r.left, right: r.right};
			})};""";

	@SuppressWarnings("unchecked")
	public static MarginDistances read(Browser browser, String width) {
		Map<String, Object> page = browser.script(SCRIPT);
		List<Item> items = new ArrayList<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) page.get("items")) {
			items.add(new Item((String) item.get("id"), (Boolean) item.get("note"), (Boolean) item.get("shown"),
					(Boolean) item.get("beside"), (Boolean) item.get("cut"), number(item, "distance"),
					number(item, "top"), number(item, "bottom"), number(item, "left"), number(item, "right")));
		}
		return new MarginDistances(width, items, number(page, "lineHeight"), number(page, "textRight"));
	}

	private static double number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

	/**
	 * The distances, in lines, of the notes or of the glosses that stand beside the text;
	 * hidden ones are left out.
	 */
	public List<Double> distances(boolean notes) {
		return items.stream().filter((i) -> i.note() == notes && i.beside()).map(Item::distance).sorted().toList();
	}

	public long notBeside(boolean notes) {
		return items.stream().filter((i) -> i.note() == notes && !i.beside()).count();
	}

	public static double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	public static double worst(List<Double> sorted) {
		return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
	}

	/** Pairs of shown margin items whose boxes overlap. */
	public List<String> overlaps() {
		List<Item> beside = items.stream().filter(Item::beside).toList();
		List<String> overlaps = new ArrayList<>();
		for (int i = 0; i < beside.size(); i++) {
			for (int j = i + 1; j < beside.size(); j++) {
				Item a = beside.get(i);
				Item b = beside.get(j);
				boolean apart = b.top() >= a.bottom() - 0.5 || a.top() >= b.bottom() - 0.5 || b.left() >= a.right()
						|| a.left() >= b.right();
				if (!apart) {
					overlaps.add(a.id() + "/" + b.id());
				}
			}
		}
		return overlaps;
	}

	/**
	 * One line of the closing table: width, then notes and glosses as median / worst (not
	 * beside).
	 */
	public String row() {
		return String.format("| %s | %.1f / %.1f (%d not beside) | %.1f / %.1f (%d not beside) | %d | %d |", width,
				median(distances(true)), worst(distances(true)), notBeside(true), median(distances(false)),
				worst(distances(false)), notBeside(false), overlaps().size(), items.stream().filter(Item::cut).count());
	}

}
