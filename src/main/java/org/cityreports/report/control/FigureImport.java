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
import org.cityreports.staff.entity.StaffAccount;

import java.util.List;
import java.util.Objects;

/**
 * Stores the checked rows of a figure CSV in a draft report, in one transaction: each row goes to
 * the section of its part with its title (made when the report has none yet), after that
 * section's figures; everything is audited as if typed in the form.
 */
@ApplicationScoped
public class FigureImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    /** A figure to store, with the section it belongs to (a null title: the part's opening). */
    public record ImportRow(Part part, String sectionTitle, Figure.Builder figure) {
    }

    /** What was stored. */
    public record Stored(int figures, int newSections) {
    }

    @Transactional
    public Stored store(long reportId, StaffAccount account, List<ImportRow> rows) {
        Report report = drafts.findEditable(reportId, account);
        String actor = account.getUsername();
        int newSections = 0;
        for (ImportRow row : rows) {
            Section section = report.sectionsOf(row.part()).stream()
                    .filter(s -> Objects.equals(s.getTitle(), row.sectionTitle())).findFirst().orElse(null);
            if (section == null) {
                section = report.addSection(row.part(), row.sectionTitle(), null);
                em.flush();
                audit.created(actor, AuditedType.SECTION, section.getId(), reportId, section.snapshot());
                newSections++;
            }
            Figure figure = section.addFigure(row.figure());
            em.flush();
            audit.created(actor, AuditedType.FIGURE, figure.getId(), reportId, figure.snapshot());
        }
        return new Stored(rows.size(), newSections);
    }
}
