package org.cityreports.report.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into its sentences, each keeping its closing mark and the spaces after it, so that the
 * pieces joined give the text back: the report page shows a narrative as these pieces, each with an
 * address that search results link to.
 */
public final class Sentences {

    private static final String ENDS = "。！？；!?;\n";

    private Sentences() {}

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                i++;
                // a closing quote or bracket and the spaces after the mark belong to its sentence
                while (i < text.length() && "”’」』）)".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                sentences.add(text.substring(start, i));
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }
}
