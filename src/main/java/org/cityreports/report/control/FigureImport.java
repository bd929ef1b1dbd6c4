package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.unit.Decimals;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stores checked rows (of a figure CSV, or of the figures an editor accepted from the extractor) in
 * a draft report, in one transaction: each row goes to the section of its part with its title
 * (made when the report has none yet), after that section's figures or targets; everything is
 * audited as if typed in the form.
 */
@ApplicationScoped
public class FigureImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    /** A figure or a target to store, with the section it belongs to (a null title: the part's opening). */
    public record ImportRow(Part part, String sectionTitle, Figure.Builder figure, Target.Builder target) {

        public ImportRow(Part part, String sectionTitle, Figure.Builder figure) {
            this(part, sectionTitle, figure, null);
        }
    }

    /** What was stored, and how many rows were left out as exact duplicates of what the report holds. */
    public record Stored(int figures, int targets, int newSections, int duplicates) {}

    /** Stores every row. */
    @Transactional
    public Stored store(long reportId, StaffAccount account, List<ImportRow> rows) {
        return store(reportId, account, rows, false);
    }

    /**
     * @param skipDuplicates leave out a row when the report already has a figure (or target) with the
     *                       same label, value, unit and sentence
     */
    @Transactional
    public Stored store(long reportId, StaffAccount account, List<ImportRow> rows, boolean skipDuplicates) {
        Report report = drafts.findEditable(reportId, account);
        String actor = account.getUsername();
        Set<String> present = new HashSet<>();
        if (skipDuplicates) {
            report.figures()
                    .forEach(f -> present.add(
                            key(f.getLabel(), f.getValue(), f.getUnit().symbol(), f.getSourceSentence())));
            report.targets()
                    .forEach(t -> present.add(
                            key(t.getLabel(), t.getValue(), t.getUnit().symbol(), t.getSourceSentence())));
        }
        int figures = 0;
        int targets = 0;
        int newSections = 0;
        int duplicates = 0;
        for (ImportRow row : rows) {
            Section section = report.sectionsOf(row.part()).stream()
                    .filter(sec -> Objects.equals(sec.getTitle(), row.sectionTitle()))
                    .findFirst()
                    .orElse(null);
            boolean made = section == null;
            if (made) {
                section = report.addSection(row.part(), row.sectionTitle(), null);
            }
            Target target = row.target() == null ? null : section.addTarget(row.target());
            Figure figure = row.target() == null ? section.addFigure(row.figure()) : null;
            String key = target != null
                    ? key(target.getLabel(), target.getValue(), target.getUnit().symbol(), target.getSourceSentence())
                    : key(figure.getLabel(), figure.getValue(), figure.getUnit().symbol(), figure.getSourceSentence());
            if (skipDuplicates && !present.add(key)) {
                if (target != null) {
                    section.remove(target);
                } else {
                    section.remove(figure);
                }
                if (made) {
                    report.remove(section); // made for this row only: no empty section is left behind
                }
                duplicates++;
                continue;
            }
            em.flush();
            if (made) {
                audit.created(actor, AuditedType.SECTION, section.getId(), reportId, section.snapshot());
                newSections++;
            }
            if (target != null) {
                audit.created(actor, AuditedType.TARGET, target.getId(), reportId, target.snapshot());
                targets++;
            } else {
                audit.created(actor, AuditedType.FIGURE, figure.getId(), reportId, figure.snapshot());
                figures++;
            }
        }
        return new Stored(figures, targets, newSections, duplicates);
    }

    private static String key(String label, BigDecimal value, String unit, String sentence) {
        return label.strip() + "|" + Decimals.normalize(value).toPlainString() + "|" + unit + "|" + sentence.strip();
    }
}
