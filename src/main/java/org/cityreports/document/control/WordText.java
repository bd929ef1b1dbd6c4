package org.cityreports.document.control;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word {@code .docx}'s body (Apache POI; another zip, or an Excel file, is not a Word document): one line per paragraph and per table cell, headers and
 * footers left out (Word keeps them apart from the body). A Word file has pages only as Word last
 * laid it out: the page breaks it recorded ({@code lastRenderedPageBreak}) and those typed by hand
 * start a new page; a file with neither has no page numbers.
 */
final class WordText {

    private WordText() {}

    static ReportFiles.Read read(byte[] content) throws UnreadableFile {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            Pages pages = new Pages();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    pages.paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(pages::paragraph);
                        }
                    }
                }
            }
            return new ReportFiles.Read(pages.text(), ReportFiles.Kind.WORD, pages.count());
        } catch (POIXMLException | IllegalArgumentException e) {
            throw new UnreadableFile("file.unknownKind", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("file.damaged", e);
        }
    }

    /** The lines read so far, cut where a page begins. */
    private static final class Pages {
        private final List<List<String>> pages = new ArrayList<>(List.of(new ArrayList<>()));
        private final StringBuilder line = new StringBuilder();

        void paragraph(XWPFParagraph paragraph) {
            if (paragraph.isPageBreak()) {
                newPage();
            }
            for (XWPFRun run : paragraph.getRuns()) {
                if (breaksPage(run)) {
                    newPage();
                }
                String text = run.text();
                line.append(text == null ? "" : text);
            }
            endLine();
        }

        private static boolean breaksPage(XWPFRun run) {
            if (run.getCTR().sizeOfLastRenderedPageBreakArray() > 0) {
                return true;
            }
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    return true;
                }
            }
            return false;
        }

        private void newPage() {
            endLine();
            if (!pages.get(pages.size() - 1).isEmpty()) {
                pages.add(new ArrayList<>());
            }
        }

        private void endLine() {
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                pages.get(pages.size() - 1).add(text);
            }
            line.setLength(0);
        }

        int count() {
            return pages.size() > 1 ? pages.size() : 0;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.size() > 1) {
                    text.append(PageMarker.of(p + 1)).append('\n');
                }
                pages.get(p).forEach(l -> text.append(l).append('\n'));
            }
            return text.toString();
        }
    }
}
