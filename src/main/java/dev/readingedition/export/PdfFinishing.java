package dev.readingedition.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What is done to a PDF after openhtmltopdf has set it: each embedded font gets the full
 * map from its glyphs to the text they stand for (see {@link PdfFont}), so every glyph
 * can be read aloud, searched and copied; and the dates and file identifier come from the
 * content, so the same content always gives the same bytes (and the same ETag).
 */
final class PdfFinishing {

	private PdfFinishing() {
	}

	static byte[] finish(byte[] pdf, PdfFonts fonts, Instant created, String identity) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Set<Object> done = new HashSet<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					if (font instanceof PDType0Font type0 && done.add(type0.getCOSObject())) {
						fonts.byEmbeddedName(type0.getName()).ifPresent((face) -> mapToUnicode(document, type0, face));
					}
				}
			}
			Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			date.setTimeInMillis(created.toEpochMilli());
			document.getDocumentInformation().setCreationDate(date);
			byte[] id = digest(identity);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void mapToUnicode(PDDocument document, PDType0Font font, PdfFont face) {
		StringBuilder cmap = new StringBuilder(32 * face.glyphText().size());
		cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		Map.Entry<?, ?>[] entries = face.glyphText()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toArray(Map.Entry[]::new);
		for (int start = 0; start < entries.length; start += 100) {
			int end = Math.min(entries.length, start + 100);
			cmap.append(end - start).append(" beginbfchar\n");
			for (int i = start; i < end; i++) {
				cmap.append('<').append(String.format("%04X", (Integer) entries[i].getKey())).append("> <");
				for (byte b : ((String) entries[i].getValue()).getBytes(StandardCharsets.UTF_16BE)) {
					cmap.append(String.format("%02X", b & 0xFF));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		try {
			PDStream stream = new PDStream(document,
					new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)),
					COSName.FLATE_DECODE);
			font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] digest(String identity) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return java.util.Arrays.copyOf(hash, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
