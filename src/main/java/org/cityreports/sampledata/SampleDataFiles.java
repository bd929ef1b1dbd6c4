package org.cityreports.sampledata;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the sample data shipped on the class path under {@code sample-data/}. */
public final class SampleDataFiles {

    static final String FOLDER = "sample-data/";

    private SampleDataFiles() {}

    public static SampleCatalogue catalogue() {
        return readJson("catalogue.json", SampleCatalogue.class);
    }

    public static List<SampleReport> reports(SampleCatalogue catalogue) {
        return catalogue.reports.stream()
                .map(file -> readJson(file, SampleReport.class))
                .toList();
    }

    public static String sourceText(SampleReport report) {
        try (InputStream in = open(report.sourceFile)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T readJson(String file, Class<T> type) {
        try (InputStream in = open(file);
                Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read sample data " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = SampleDataFiles.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("Missing sample data file " + FOLDER + file);
        }
        return in;
    }
}
