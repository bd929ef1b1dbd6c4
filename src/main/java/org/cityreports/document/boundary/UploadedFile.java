package org.cityreports.document.boundary;

import org.cityreports.document.control.ReportFiles;
import org.cityreports.document.control.UnreadableFile;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A report's file as a form posts it: read into text, or refused with the reason. */
public final class UploadedFile {

    /** The name of the file input on every form that takes a report's file. */
    public static final String FIELD = "file";

    private UploadedFile() {}

    /** Whether the editor chose a file at all (a form posts an empty part when none was chosen). */
    public static boolean chosen(FormDataBodyPart part) {
        return part != null
                && part.getContentDisposition().getFileName() != null
                && !part.getContentDisposition().getFileName().isBlank();
    }

    /** The file's text, or empty when no file was chosen. */
    public static Optional<Named> read(FormDataBodyPart part) throws UnreadableFile {
        if (!chosen(part)) {
            return Optional.empty();
        }
        String name = part.getContentDisposition().getFileName();
        byte[] content;
        try (InputStream in = part.getEntityAs(InputStream.class)) {
            // read no further than the limit: a larger file is refused without being held
            content = in.readNBytes(ReportFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableFile("file.damaged", e);
        }
        return Optional.of(new Named(name, ReportFiles.read(name, content)));
    }

    /** What was read, with the file's name as the editor chose it. */
    public record Named(String fileName, ReportFiles.Read read) {}
}
