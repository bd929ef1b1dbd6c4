package org.cityreports.document.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report files written by the tests themselves, so that nothing binary from elsewhere is kept in
 * the repository: a PDF laid out like a printed report (a running header, the page number at the
 * foot, paragraphs broken at the page's width), a Word file with a header, a footer and page
 * breaks, a saved web page with the site's navigation around the article, and the bad files.
 *
 * <p>The PDF needs no Chinese font on the machine: its font is a Type 0 font whose codes are
 * mapped to Unicode by its own ToUnicode table, which is all a text layer is; viewers draw it in a
 * substitute font.
 */
public final class ReportFixtures {

    public static final String RUNNING_HEADER = "长治市2022年政府工作报告解读";
    /** Characters per line and lines per page of the PDF. */
    static final int WIDTH = 32;

    static final int LINES = 24;

    private ReportFixtures() {}

    /** The text as a PDF: its paragraphs broken every {@link #WIDTH} characters, {@link #LINES} a page. */
    public static byte[] pdf(String text) {
        List<List<String>> pages = layout(text);
        try (PDDocument document = new PDDocument()) {
            UnicodeFont font = new UnicodeFont(document, text + RUNNING_HEADER + "—0123456789 ");
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float top = page.getMediaBox().getHeight() - 50;
                    font.line(out, RUNNING_HEADER, 150, top, 10);
                    float y = top - 40;
                    for (String line : pages.get(p)) {
                        font.line(out, line, 60, y, 14);
                        y -= 28;
                    }
                    font.line(out, "— " + (p + 1) + " —", 280, 40, 10);
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of the text broken into lines, and the lines into pages. */
    static List<List<String>> layout(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String p = paragraph.strip().replace("**", "");
            for (int at = 0; at < p.length(); at += WIDTH) {
                lines.add(p.substring(at, Math.min(p.length(), at + WIDTH)));
            }
        }
        List<List<String>> pages = new ArrayList<>();
        for (int at = 0; at < lines.size(); at += LINES) {
            pages.add(lines.subList(at, Math.min(lines.size(), at + LINES)));
        }
        return pages;
    }

    /** A PDF of two pages that are pictures only, as a scanner makes them. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.drawImage(image, 50, 50, 400, 560);
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of the text, opened only with a password. */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(text))) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as Word paragraphs, a page break every {@code perPage} paragraphs, with a header and footer. */
    public static byte[] docx(String text, int perPage) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(RUNNING_HEADER);
            document.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("第 1 页");
            int count = 0;
            for (String paragraph : text.split("\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                XWPFParagraph p = document.createParagraph();
                if (count > 0 && count % perPage == 0) {
                    p.createRun().addBreak(BreakType.PAGE);
                }
                p.createRun().setText(paragraph.strip().replace("**", ""));
                count++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the article of a government web page, with the site's navigation, header and footer. */
    public static byte[] webPage(String text) {
        StringBuilder html = new StringBuilder(
                """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>长治市人民政府</title>
                <script>var tracker = "首页 2000亿元";</script><style>.nav{color:red}</style></head>
                <body>
                <div class="top-header">长治市人民政府门户网站 2022年12月</div>
                <nav><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li>第1期</li></ul></nav>
                <div class="breadcrumb">当前位置:首页 &gt; 政府工作报告</div>
                <div class="TRS_Editor">
                """);
        for (String paragraph : text.split("\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replace("**", "")).append("</p>\n");
            }
        }
        html.append(
                """
                </div>
                <div class="share">分享到:微信 微博 阅读 1024 次</div>
                <footer>主办:长治市人民政府办公室 网站标识码 1404000001 晋ICP备12345678号</footer>
                </body></html>
                """);
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /**
     * A Type 0 font of the characters given, two bytes a character, whose only table is the
     * ToUnicode map from each code back to its character.
     */
    private static final class UnicodeFont {
        private final Map<Integer, Integer> codes = new LinkedHashMap<>();
        private final PDType0Font font;

        UnicodeFont(PDDocument document, String characters) throws IOException {
            characters.codePoints().filter(c -> c != '\n').distinct().forEach(c -> codes.put(c, codes.size() + 1));
            COSDictionary descendant = new COSDictionary();
            descendant.setItem(COSName.TYPE, COSName.FONT);
            descendant.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            descendant.setName(COSName.BASE_FONT, "ReportFixtureCJK");
            COSDictionary system = new COSDictionary();
            system.setString(COSName.REGISTRY, "Adobe");
            system.setString(COSName.ORDERING, "Identity");
            system.setInt(COSName.SUPPLEMENT, 0);
            descendant.setItem(COSName.CIDSYSTEMINFO, system);
            descendant.setInt(COSName.DW, 1000);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "ReportFixtureCJK");
            descriptor.setInt(COSName.FLAGS, 4);
            descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(0, -200, 1000, 1000).getCOSArray());
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 700);
            descriptor.setInt(COSName.STEM_V, 80);
            descendant.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary type0 = new COSDictionary();
            type0.setItem(COSName.TYPE, COSName.FONT);
            type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
            type0.setName(COSName.BASE_FONT, "ReportFixtureCJK");
            type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(descendant);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            COSStream toUnicode = document.getDocument().createCOSStream();
            try (OutputStream out = toUnicode.createOutputStream()) {
                out.write(toUnicodeCMap().getBytes(StandardCharsets.US_ASCII));
            }
            type0.setItem(COSName.TO_UNICODE, toUnicode);
            font = (PDType0Font) PDFontFactory.createFont(type0);
        }

        private String toUnicodeCMap() {
            StringBuilder cmap = new StringBuilder(
                    """
                    /CIDInit /ProcSet findresource begin
                    12 dict begin
                    begincmap
                    /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                    /CMapName /ReportFixture-UCS def
                    /CMapType 2 def
                    1 begincodespacerange
                    <0000> <FFFF>
                    endcodespacerange
                    """);
            List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(codes.entrySet());
            for (int at = 0; at < entries.size(); at += 100) {
                List<Map.Entry<Integer, Integer>> block = entries.subList(at, Math.min(entries.size(), at + 100));
                cmap.append(block.size()).append(" beginbfchar\n");
                for (Map.Entry<Integer, Integer> e : block) {
                    cmap.append(String.format("<%04X> <%s>%n", e.getValue(), utf16(e.getKey())));
                }
                cmap.append("endbfchar\n");
            }
            cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return cmap.toString();
        }

        private static String utf16(int codePoint) {
            StringBuilder hex = new StringBuilder();
            for (char c : Character.toChars(codePoint)) {
                hex.append(String.format("%04X", (int) c));
            }
            return hex.toString();
        }

        /** Shows one line of text at (x, y), writing each character as its two-byte code. */
        void line(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            text.codePoints().forEach(c -> {
                int code = codes.get(c);
                shown.write(code >> 8);
                shown.write(code & 0xFF);
            });
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.appendRawCommands("<" + hex(shown.toByteArray()) + "> Tj\n");
            out.endText();
        }

        private static String hex(byte[] bytes) {
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02X", b));
            }
            return hex.toString();
        }
    }
}
