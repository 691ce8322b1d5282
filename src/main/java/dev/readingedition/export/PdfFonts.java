package dev.readingedition.export;

import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import org.springframework.stereotype.Component;

/**
 * The faces the PDFs are set in: Spectral (regular, italic, semibold, semibold italic)
 * for the text and Spectral SC, its true small capitals, for the labels; all under the
 * SIL Open Font License, fetched by the build from the npm registry and embedded in every
 * PDF as subsets. Read once, when the first PDF is made.
 */
@Component
class PdfFonts {

	static final String TEXT = "Spectral";

	static final String SMALL_CAPS = "Spectral SC";

	private volatile List<PdfFont> fonts;

	List<PdfFont> all() {
		List<PdfFont> loaded = fonts;
		if (loaded == null) {
			synchronized (this) {
				if (fonts == null) {
					fonts = List.of(
							PdfFont.load("export/fonts/400Regular/Spectral_400Regular.ttf", TEXT, 400,
									FontStyle.NORMAL),
							PdfFont.load("export/fonts/400Regular_Italic/Spectral_400Regular_Italic.ttf", TEXT, 400,
									FontStyle.ITALIC),
							PdfFont.load("export/fonts/600SemiBold/Spectral_600SemiBold.ttf", TEXT, 600,
									FontStyle.NORMAL),
							PdfFont.load("export/fonts/600SemiBold_Italic/Spectral_600SemiBold_Italic.ttf", TEXT, 600,
									FontStyle.ITALIC),
							PdfFont.load("export/fonts/400Regular/SpectralSC_400Regular.ttf", SMALL_CAPS, 400,
									FontStyle.NORMAL));
				}
				loaded = fonts;
			}
		}
		return loaded;
	}

	/**
	 * The face a PDF font was made from, by the name PDFBox gave it
	 * ({@code ABCDEF+Spectral-Regular}).
	 */
	Optional<PdfFont> byEmbeddedName(String name) {
		String bare = name == null ? "" : name.substring(name.indexOf('+') + 1);
		return all().stream().filter((font) -> font.postScriptName().equals(bare)).findFirst();
	}

}
