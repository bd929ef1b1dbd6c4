package org.cityreports.sampledata;

import org.cityreports.persistence.TestDatabase;

/** The sample data for tests outside a server: loaded as the server loads it, and counted. */
public final class SampleDataFixture {

    private SampleDataFixture() {}

    /** Runs the loader as the server does at start-up, in one transaction. */
    public static void loadInto(TestDatabase db) {
        db.inTransaction(em -> {
            SampleDataLoader loader = new SampleDataLoader();
            loader.em = em;
            loader.loadOnce();
        });
    }

    /** How many figures the sample data transcribes, over all reports. */
    public static int figureCount() {
        return SampleDataFiles.reports(SampleDataFiles.catalogue()).stream()
                .flatMap(r -> r.sections.stream())
                .mapToInt(s -> s.figures.size())
                .sum();
    }
}
