package org.cityreports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** gzip for what the public reads (pages, JSON, CSV, XML), compressed once when kept. */
final class Gzip {

    /** Below this, compression saves less than the header costs. */
    static final int MIN_BYTES = 1024;

    private Gzip() {}

    static boolean worthIt(String contentType, byte[] body) {
        if (contentType == null || body.length < MIN_BYTES) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("yaml");
    }

    /** Whether the client takes gzip: named (or "*") in Accept-Encoding without q=0. */
    static boolean accepted(String header) {
        if (header == null) {
            return false;
        }
        for (String coding : header.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    static byte[] of(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
