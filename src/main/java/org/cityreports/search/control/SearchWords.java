package org.cityreports.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What was searched for, and where it is in a found text: each piece of the query as written
 * (ignoring case), and each of its words as the analyzer segments the text. The marks are computed,
 * not produced as HTML by a highlighter: the template marks the pieces and escapes their text.
 *
 * @param chunks the query's runs of letters and digits
 * @param terms its words as segmented
 */
record SearchWords(List<String> chunks, Set<String> terms) {

    /** The runs of letters and digits of a query: spaces, punctuation and query syntax separate them. */
    static List<String> chunks(String query) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        query.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                chunk.appendCodePoint(c);
            } else if (!chunk.isEmpty()) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
        });
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    /** The text in pieces, the ones searched for marked. */
    List<Piece> in(String text, Analyzer segmentation) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = new boolean[text.length()];
        String lower = text.toLowerCase(Locale.ROOT);
        for (String chunk : chunks) {
            String sought = chunk.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
                Arrays.fill(marked, at, Math.min(text.length(), at + sought.length()), true);
            }
        }
        try (TokenStream tokens = segmentation.tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    Arrays.fill(marked, offset.startOffset(), offset.endOffset(), true);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                pieces.add(new Piece(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return pieces;
    }
}
