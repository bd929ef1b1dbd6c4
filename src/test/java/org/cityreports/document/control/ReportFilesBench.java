package org.cityreports.document.control;

import org.cityreports.extract.control.FigureExtractor;
import org.cityreports.extract.control.ReportText;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.sampledata.SampleCatalogue;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.cityreports.unit.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/files}: how long a report takes from its file to candidates. The Taiyuan seed's text
 * to candidates, and a PDF of at least 150 pages (the seeds' texts over and over) read and extracted;
 * the first run (cold: the JIT has not compiled the rules yet) and the median of the next ones.
 */
public final class ReportFilesBench {

    private ReportFilesBench() {}

    public static void main(String[] args) throws UnreadableFile {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        SampleCatalogue catalogue = SampleDataFiles.catalogue();
        FigureExtractor extractor = new FigureExtractor(catalogue.indicators.stream()
                .map(i -> new Indicator(i.code, i.nameZh, i.nameEn, Unit.of(i.unit), IndicatorKind.valueOf(i.kind)))
                .toList());
        List<SampleReport> seeds = SampleDataFiles.reports(catalogue);
        String taiyuan = SampleDataFiles.sourceText(
                seeds.stream().filter(r -> r.city.equals("taiyuan")).findFirst().orElseThrow());
        StringBuilder text = new StringBuilder();
        while (ReportFixtures.layout(text.toString()).size() < pages) {
            seeds.forEach(r -> text.append(SampleDataFiles.sourceText(r)).append('\n'));
        }
        byte[] pdf = ReportFixtures.pdf(text.toString());

        List<Long> whole = new ArrayList<>();
        List<Long> file = new ArrayList<>();
        int candidates = 0;
        int read = 0;
        for (int run = 0; run < 6; run++) {
            long start = System.nanoTime();
            extractor.extract(ReportText.of(taiyuan), 2022);
            whole.add(System.nanoTime() - start);
            start = System.nanoTime();
            ReportFiles.Read fromPdf = ReportFiles.read("report.pdf", pdf);
            candidates = extractor.extract(ReportText.of(fromPdf.text()), 2022).size();
            read = fromPdf.pages();
            file.add(System.nanoTime() - start);
        }
        System.out.printf(
                Locale.ROOT,
                "Taiyuan seed, text to candidates: cold %.0f ms, warm median %.0f ms%n",
                ms(whole.get(0)),
                median(whole.subList(1, whole.size())));
        System.out.printf(
                Locale.ROOT,
                "PDF of %d pages (%.1f MB) to %d candidates: cold %.2f s, warm median %.2f s%n",
                read,
                pdf.length / 1e6,
                candidates,
                ms(file.get(0)) / 1000,
                median(file.subList(1, file.size())) / 1000);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return ms(sorted.get(sorted.size() / 2));
    }
}
