package org.cityreports.extract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityreports.indicator.control.Indicators;

import java.util.List;

/** The extractor with the indicator catalogue as it stands, for the editor's screen. */
@ApplicationScoped
public class Extraction {

    @Inject
    Indicators indicators;

    /** The text cleaned and split, and every candidate it states. */
    public record Result(ReportText text, List<Candidate> candidates) {}

    public Result of(String text, int reportYear) {
        ReportText cleaned = ReportText.of(text);
        return new Result(cleaned, new FigureExtractor(indicators.all()).extract(cleaned, reportYear));
    }
}
