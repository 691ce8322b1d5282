package dev.readingedition.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCAG 2 contrast between two CSS colours as the browser computes them ({@code rgb(…)} or
 * opaque {@code rgba(…)}).
 */
public final class Contrast {

	private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)");

	private Contrast() {
	}

	public static double ratio(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	public static double luminance(String colour) {
		Matcher rgb = RGB.matcher(colour);
		if (!rgb.find()) {
			throw new IllegalArgumentException("not an rgb() colour: " + colour);
		}
		return 0.2126 * channel(rgb.group(1)) + 0.7152 * channel(rgb.group(2)) + 0.0722 * channel(rgb.group(3));
	}

	private static double channel(String value) {
		double c = Double.parseDouble(value) / 255;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
