package org.cityreports.report.boundary;

import org.cityreports.report.control.Corrections;
import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Rank;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.web.JsonLd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole published report as the API serves it. Values are BigDecimal, written as exact JSON
 * numbers; absent parts are left out.
 */
public record ReportJson(
        String city,
        String cityNameZh,
        String cityNameEn,
        int year,
        String title,
        DocumentKind documentKind,
        List<SectionJson> sections,
        String sourceText,
        int revision,
        List<CorrectionJson> corrections) {

    /**
     * @param accepted the reviewers' acceptances of warnings, by figure id
     * @param corrections the corrections that led to this revision, oldest first
     */
    public static ReportJson of(
            Report report, Map<Long, List<CheckAcceptance>> accepted, List<Corrections.Correction> corrections) {
        return new ReportJson(
                report.getCity().getSlug(),
                report.getCity().getNameZh(),
                report.getCity().getNameEn(),
                report.getYear(),
                report.getTitle(),
                report.getDocumentKind(),
                report.getSections().stream()
                        .map(s -> SectionJson.of(s, accepted))
                        .toList(),
                report.getSourceText(),
                report.getRevision(),
                corrections.stream().map(CorrectionJson::of).toList());
    }

    /** A correction: when, why, and each figure or target that changed (before null: added; after null: removed). */
    public record CorrectionJson(int revision, String published, String reason, List<Corrections.Change> changes) {
        static CorrectionJson of(Corrections.Correction c) {
            return new CorrectionJson(c.revision(), JsonLd.dateTime(c.publishedAt()), c.reason(), c.changes());
        }
    }

    public record SectionJson(
            Part part, String title, String narrative, List<FigureJson> figures, List<TargetJson> targets) {
        static SectionJson of(Section s, Map<Long, List<CheckAcceptance>> accepted) {
            return new SectionJson(
                    s.getPart(),
                    s.getTitle(),
                    s.getNarrative(),
                    s.getFigures().stream()
                            .map(f -> FigureJson.of(f, accepted.get(f.getId())))
                            .toList(),
                    s.getTargets().stream().map(TargetJson::of).toList());
        }
    }

    public record FigureJson(
            String label,
            BigDecimal value,
            String unit,
            Direction direction,
            ChangeJson change,
            String comparedWith,
            Qualifier qualifier,
            PeriodJson period,
            Basis basis,
            RankJson rank,
            String indicator,
            boolean headline,
            String source,
            Integer sourcePage,
            List<AcceptedWarningJson> acceptedWarnings) {
        static FigureJson of(Figure f, List<CheckAcceptance> accepted) {
            return new FigureJson(
                    f.getLabel(),
                    f.getValue(),
                    f.getUnit().symbol(),
                    f.getDirection(),
                    ChangeJson.of(f.getChange()),
                    f.getComparedWith(),
                    f.getQualifier(),
                    new PeriodJson(f.getPeriodStart(), f.getPeriodEnd()),
                    f.getBasis(),
                    RankJson.of(f.getRank()),
                    f.getIndicator() == null ? null : f.getIndicator().getCode(),
                    f.isHeadline(),
                    f.getSourceSentence(),
                    f.getSourcePage(),
                    accepted == null
                            ? null
                            : accepted.stream().map(AcceptedWarningJson::of).toList());
        }
    }

    /** A check's warning on the figure that a reviewer accepted before publishing, and why. */
    public record AcceptedWarningJson(CheckRule rule, String reason) {
        static AcceptedWarningJson of(CheckAcceptance a) {
            return new AcceptedWarningJson(a.getRule(), a.getReason());
        }
    }

    public record ChangeJson(BigDecimal value, String unit, Direction direction) {
        static ChangeJson of(Change c) {
            return c == null || c.getValue() == null
                    ? null
                    : new ChangeJson(c.getValue(), c.getUnit().symbol(), c.getDirection());
        }
    }

    public record PeriodJson(int start, int end) {}

    public record RankJson(int position, String scope) {
        static RankJson of(Rank r) {
            return r == null || r.getPosition() == null ? null : new RankJson(r.getPosition(), r.getScope());
        }
    }

    public record TargetJson(
            String label,
            String indicator,
            TargetKind kind,
            Comparator comparator,
            BigDecimal value,
            BigDecimal high,
            String unit,
            Obligation obligation,
            int startYear,
            int endYear,
            String source,
            Integer sourcePage) {
        static TargetJson of(Target t) {
            return new TargetJson(
                    t.getLabel(),
                    t.getIndicator() == null ? null : t.getIndicator().getCode(),
                    t.getKind(),
                    t.getComparator(),
                    t.getValue(),
                    t.getHigh(),
                    t.getUnit().symbol(),
                    t.getObligation(),
                    t.getStartYear(),
                    t.getEndYear(),
                    t.getSourceSentence(),
                    t.getSourcePage());
        }
    }
}
