package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportItem;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public learns of a corrected report: each revision published after the first, when, the
 * reviewer's reason, and every figure or target whose value changed, came or went, found by
 * comparing the revision with the one it replaced (items are matched by part and label).
 */
@ApplicationScoped
public class Corrections {

    @Inject
    PublishedReports reports;

    /** @param before null when the item is new; @param after null when it was taken out */
    public record Change(String label, String before, String after) {}

    public record Correction(int revision, LocalDateTime publishedAt, String reason, List<Change> changes) {}

    /** The corrections that led to this revision, oldest first; none for a first revision. */
    public List<Correction> of(Report report) {
        if (!report.isCorrection()) {
            return List.of();
        }
        List<Report> revisions = reports.revisionsUpTo(report);
        List<Correction> corrections = new ArrayList<>();
        for (int i = 1; i < revisions.size(); i++) {
            Report corrected = revisions.get(i);
            corrections.add(new Correction(
                    corrected.getRevision(),
                    corrected.getPublishedAt(),
                    corrected.getCorrectionReason(),
                    changes(revisions.get(i - 1), corrected)));
        }
        return corrections;
    }

    static List<Change> changes(Report before, Report after) {
        Map<String, List<ReportItem>> was = items(before);
        Map<String, List<ReportItem>> is = items(after);
        List<Change> changes = new ArrayList<>();
        is.forEach((key, now) -> {
            List<ReportItem> then = was.getOrDefault(key, List.of());
            for (int i = 0; i < Math.max(now.size(), then.size()); i++) {
                String old = i < then.size() ? statement(then.get(i)) : null;
                String current = i < now.size() ? statement(now.get(i)) : null;
                if (old == null || !old.equals(current)) {
                    changes.add(new Change((i < now.size() ? now : then).get(i).getLabel(), old, current));
                }
            }
        });
        was.forEach((key, then) -> {
            if (!is.containsKey(key)) {
                then.forEach(item -> changes.add(new Change(item.getLabel(), statement(item), null)));
            }
        });
        return changes;
    }

    /** Figures and targets by part and label, in report order. */
    private static Map<String, List<ReportItem>> items(Report report) {
        Map<String, List<ReportItem>> items = new LinkedHashMap<>();
        for (Section section : report.getSections()) {
            List<ReportItem> ofSection = new ArrayList<>(section.getFigures());
            ofSection.addAll(section.getTargets());
            for (ReportItem item : ofSection) {
                String kind = item instanceof Figure ? "figure" : "target";
                items.computeIfAbsent(section.getPart() + "|" + kind + "|" + item.getLabel(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        return items;
    }

    /** The value as the public page states it: "5121.61 亿元", a target's range "5–5.5 %". */
    private static String statement(ReportItem item) {
        String value = item.getValue().toPlainString();
        if (item instanceof Target target && target.getHigh() != null) {
            value += "–" + target.getHigh().toPlainString();
        }
        return value + " " + item.getUnit().symbol();
    }
}
