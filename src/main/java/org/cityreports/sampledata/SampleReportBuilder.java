package org.cityreports.sampledata;

import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Rank;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.unit.Unit;

import java.util.Map;

/** Turns a transcribed sample report into entities: pure, so it is tested without a server. */
final class SampleReportBuilder {

    private final Map<String, Indicator> indicatorsByCode;

    SampleReportBuilder(Map<String, Indicator> indicatorsByCode) {
        this.indicatorsByCode = indicatorsByCode;
    }

    Report build(SampleReport sample, City city, String sourceText) {
        Report report = new Report(
                city,
                sample.year,
                sample.documentKind == null ? DocumentKind.FULL_TEXT : sample.documentKind,
                sample.title,
                sourceText);
        for (SampleReport.SectionEntry entry : sample.sections) {
            Section section = report.addSection(entry.part, entry.title, entry.narrative);
            entry.figures.forEach(f -> section.addFigure(figure(f)));
            entry.targets.forEach(t -> section.addTarget(target(t)));
        }
        report.publish();
        return report;
    }

    private Figure.Builder figure(SampleReport.FigureEntry f) {
        Figure.Builder builder = Figure.builder(f.label, f.value, Unit.of(f.unit), f.source)
                .direction(f.direction)
                .comparedWith(f.base)
                .qualifier(f.qualifier)
                .basis(f.basis)
                .indicator(indicator(f.indicator))
                .headline(f.headline);
        if (f.change != null) {
            builder.change(new Change(f.change.value, Unit.of(f.change.unit), f.change.direction));
        }
        if (f.rank != null) {
            builder.rank(new Rank(f.rank.position, f.rank.scope));
        }
        if (f.period != null) {
            builder.period(f.period.from, f.period.to);
        }
        return builder;
    }

    private Target.Builder target(SampleReport.TargetEntry t) {
        Target.Builder builder = Target.builder(t.label, t.kind, t.comparator, t.value, Unit.of(t.unit), t.source)
                .indicator(indicator(t.indicator));
        if (t.startYear != null && t.endYear != null) {
            builder.years(t.startYear, t.endYear);
        }
        return builder;
    }

    private Indicator indicator(String code) {
        if (code == null) {
            return null;
        }
        Indicator indicator = indicatorsByCode.get(code);
        if (indicator == null) {
            throw new IllegalArgumentException("Sample data names an unknown indicator: " + code);
        }
        return indicator;
    }
}
