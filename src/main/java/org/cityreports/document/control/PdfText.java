package org.cityreports.document.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's text layer page by page (Apache PDFBox), with a {@link PageMarker} before each page.
 * Running headers and footers (a line at the top or bottom that recurs on many pages, digits
 * aside) and page numbers are left out; lines of one paragraph, which the layout broke at the
 * page's width, are joined again.
 */
final class PdfText {

    /** How many lines at the top and at the bottom of a page may be running headers or footers. */
    private static final int EDGE = 2;
    /** Fewer visible characters a page than this on average: a scan, not text. */
    private static final int SCANNED_BELOW = 20;
    /** A line this share of the page's longest line or longer was broken by the width, not ended. */
    private static final double FULL = 0.8;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–\\s·]*(第\\s*)?(\\d{1,4}|[一二三四五六七八九十百]+)\\s*(页|/\\s*\\d{1,4}|of\\s*\\d{1,4})?[-—–\\s·]*$");
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|[●•·■◆▲])");
    private static final String ENDS = "。!?;:!?;:”」)";

    private PdfText() {}

    static ReportFiles.Read read(byte[] content) throws UnreadableFile {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(lines(stripper.getText(document)));
            }
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("file.encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("file.damaged", e);
        }
        long visible = pages.stream()
                .flatMap(List::stream)
                .mapToLong(l ->
                        l.codePoints().filter(c -> !Character.isWhitespace(c)).count())
                .sum();
        if (pages.isEmpty() || visible < (long) SCANNED_BELOW * pages.size()) {
            throw new UnreadableFile("file.pdfNoText");
        }
        dropRunningLines(pages);
        // one width for the document: a page of short lines (a table, a list) has no full line
        int widest = pages.stream()
                .flatMap(List::stream)
                .mapToInt(String::length)
                .max()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            text.append(PageMarker.of(p + 1)).append('\n');
            paragraphs(pages.get(p), widest)
                    .forEach(paragraph -> text.append(paragraph).append('\n'));
        }
        return new ReportFiles.Read(text.toString(), ReportFiles.Kind.PDF, pages.size());
    }

    private static boolean heading(String line, int widest) {
        return NUMBERED.matcher(line).find()
                || line.length() < FULL * widest && ENDS.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static List<String> lines(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /**
     * Takes out of each page's first and last lines the page numbers, and the lines that recur at
     * the top or bottom of at least half the pages (digits aside: "2023年政府工作报告 — 7").
     */
    private static void dropRunningLines(List<List<String>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfText::shape).distinct().forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        int often = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            // from the last line back, so that a removal moves no line still to be looked at; by
            // position, so that a body line that reads like the footer stays
            int size = page.size();
            for (int i = size - 1; i >= 0; i--) {
                boolean edge = i < EDGE || i >= size - EDGE;
                String line = page.get(i);
                if (edge && (PAGE_NUMBER.matcher(line).matches() || seen.getOrDefault(shape(line), 0) >= often)) {
                    page.remove(i);
                }
            }
        }
    }

    private static List<String> edges(List<String> page) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    private static String shape(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    /**
     * The page's lines as paragraphs: a line as long as the text is wide goes on in the next one,
     * unless it ends a sentence and the next is a heading: numbered ("二、…"), a list item ("●…"), or
     * a short line that ends no sentence.
     */
    private static List<String> paragraphs(List<String> lines, int widest) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            current.append(line);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean full = widest >= 15 && line.length() >= FULL * widest;
            boolean ends = ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
            if (next == null || !full || ends && heading(next, widest)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        return paragraphs;
    }
}
