package dev.readingedition.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face the PDFs embed, read once from the jar, with what each of its glyphs
 * stands for. PDFBox applies the face's glyph substitutions when it sets text (Spectral
 * SC reaches its small capitals that way, and Spectral its ligatures), but leaves the
 * substituted glyphs out of the font's Unicode map, which PDF/UA requires; so the map is
 * worked out here, once, by applying the same substitutions PDFBox applies.
 *
 * @param family the CSS family name
 * @param weight the CSS weight
 * @param style normal or italic
 * @param postScriptName the face's PostScript name, as it appears (after the subset tag)
 * in the PDF
 * @param bytes the font file
 * @param glyphText the text each glyph stands for, by glyph id
 */
record PdfFont(String family, int weight, FontStyle style, String postScriptName, byte[] bytes,
		Map<Integer, String> glyphText) {

	/**
	 * Ligatures a text face may form from Latin letters; each is mapped back to its
	 * letters.
	 */
	private static final List<String> LIGATURES = List.of("ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "ffj", "Th");

	static PdfFont load(String resource, String family, int weight, FontStyle style) {
		byte[] bytes;
		try (InputStream in = PdfFont.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The font " + resource + " is not on the class path: the build fetches "
						+ "it from the npm registry (see pom.xml)");
			}
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
			return new PdfFont(family, weight, style, font.getName(), bytes, glyphText(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the font " + resource, ex);
		}
	}

	private static Map<Integer, String> glyphText(TrueTypeFont font) throws IOException {
		CmapLookup cmap = font.getUnicodeCmapLookup();
		GsubWorker gsub = new GsubWorkerFactory().getGsubWorker(cmap, font.getGsubData());
		Map<Integer, String> text = new TreeMap<>();
		for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
			List<Integer> codes = cmap.getCharCodes(glyph);
			if (codes == null || codes.isEmpty()) {
				continue;
			}
			String letter = new String(Character.toChars(codes.stream().min(Integer::compare).orElseThrow()));
			text.putIfAbsent(glyph, letter);
			List<Integer> substituted = gsub.applyTransforms(List.of(glyph));
			if (substituted.size() == 1) {
				text.putIfAbsent(substituted.get(0), letter);
			}
		}
		for (String ligature : LIGATURES) {
			List<Integer> glyphs = new ArrayList<>();
			ligature.chars().forEach((c) -> glyphs.add(cmap.getGlyphId(c)));
			List<Integer> substituted = gsub.applyTransforms(glyphs);
			if (substituted.size() == 1) {
				text.putIfAbsent(substituted.get(0), ligature);
			}
		}
		return Map.copyOf(text);
	}

	InputStream open() {
		return new java.io.ByteArrayInputStream(bytes);
	}

}
