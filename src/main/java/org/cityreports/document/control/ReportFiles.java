package org.cityreports.document.control;

import org.apache.tika.Tika;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a report's file into text: a PDF with a text layer, a Word {@code .docx}, a saved web page
 * ({@code .html}) or plain text. What the file is, is decided by its content (Apache Tika), and a
 * name that says otherwise is refused rather than guessed past: the editor may have picked the
 * wrong file.
 */
public final class ReportFiles {

    /**
     * The text of a 300-page report fits in a PDF of a few MB; a larger file is refused unread. Kept
     * under the servers' own default limits on a request (WildFly's is 10 MB) so that the editor gets
     * this message, not the server's.
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The kinds read, as Tika names their content. */
    public enum Kind {
        PDF("pdf"),
        WORD("docx"),
        WEB_PAGE("html", "htm", "mhtml"),
        TEXT("txt");

        private final String[] extensions;

        Kind(String... extensions) {
            this.extensions = extensions;
        }

        boolean named(String extension) {
            for (String e : extensions) {
                if (e.equals(extension)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The text read, its kind, and how many pages the file has (0 when it has none, as a web page). */
    public record Read(String text, Kind kind, int pages) {}

    private static final Tika TIKA = new Tika();

    private ReportFiles() {}

    public static Read read(String fileName, byte[] content) throws UnreadableFile {
        if (content.length == 0) {
            throw new UnreadableFile("file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableFile("file.tooLarge");
        }
        Kind kind = kindOf(TIKA.detect(content));
        String extension = extension(fileName);
        boolean namedAsAKind = Arrays.stream(Kind.values()).anyMatch(k -> k.named(extension));
        if (kind != null && namedAsAKind && !kind.named(extension)) {
            throw new UnreadableFile("file.nameMismatch");
        }
        if (kind == null && Kind.TEXT.named(extension) && !isOldOffice(content)) {
            kind = Kind.TEXT; // Tika takes text in GBK, without a byte-order mark, for binary
        }
        if (kind == null) {
            throw new UnreadableFile(isOldOffice(content) ? "file.oldWord" : "file.unknownKind");
        }
        Read read =
                switch (kind) {
                    case PDF -> PdfText.read(content);
                    case WORD -> WordText.read(content);
                    case WEB_PAGE -> WebPageText.read(content);
                    case TEXT -> new Read(PlainText.read(content), Kind.TEXT, 0);
                };
        if (read.text().isBlank()) {
            throw new UnreadableFile(kind == Kind.PDF ? "file.pdfNoText" : "file.noText");
        }
        return read;
    }

    private static Kind kindOf(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> Kind.PDF;
            case "application/x-tika-ooxml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/zip" -> Kind.WORD;
            case "text/html", "application/xhtml+xml" -> Kind.WEB_PAGE;
            case "text/plain" -> Kind.TEXT;
            default -> null;
        };
    }

    /** Word 97–2003 and other OLE2 files: the old binary format POI's OOXML reader does not take. */
    private static boolean isOldOffice(byte[] content) {
        return content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
