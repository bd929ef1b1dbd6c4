package org.cityreports.document.control;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "〔第 7 页〕" on a line of its own: where page 7 of the report's file begins. Text read from a file
 * carries one before each page; the editor sees them, and may keep them when correcting the text.
 */
public final class PageMarker {

    private static final Pattern LINE = Pattern.compile("^\\s*〔第\\s*(\\d{1,4})\\s*页〕\\s*$");

    private PageMarker() {}

    public static String of(int page) {
        return "〔第 " + page + " 页〕";
    }

    /** The page a line marks, if it is a marker. */
    public static OptionalInt pageOf(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
