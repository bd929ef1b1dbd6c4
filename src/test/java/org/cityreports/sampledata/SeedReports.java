package org.cityreports.sampledata;

/** The seed reports as the tests use them: the report and the text it was transcribed from. */
public final class SeedReports {

    private SeedReports() {}

    /** The Changzhi 2022 interpretation, the seed the extraction and file tests read. */
    public static SampleReport changzhi() {
        return SampleDataFiles.reports(SampleDataFiles.catalogue()).stream()
                .filter(r -> r.city.equals("changzhi"))
                .findFirst()
                .orElseThrow();
    }

    public static String changzhiText() {
        return SampleDataFiles.sourceText(changzhi());
    }

    /** How many figures the seed's transcription holds. */
    public static int changzhiFigures() {
        return changzhi().sections.stream().mapToInt(s -> s.figures.size()).sum();
    }
}
