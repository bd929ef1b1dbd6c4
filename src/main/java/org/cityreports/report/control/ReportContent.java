package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.domain.NotFound;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportItem;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.staff.entity.StaffAccount;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections, figures and targets of a draft as staff add, change and delete them. Every
 * change checks that the caller may edit the report and that it is a draft, refuses a save over
 * someone else's newer one, and writes the audit log in the same transaction.
 */
@ApplicationScoped
public class ReportContent {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    public Section section(long id, StaffAccount account) {
        Section section = found(em.find(Section.class, id), "section", id);
        ReportDrafts.requireVisible(section.getReport(), account);
        return section;
    }

    public Figure figure(long id, StaffAccount account) {
        return item(Figure.class, id, account);
    }

    public Target target(long id, StaffAccount account) {
        return item(Target.class, id, account);
    }

    /** A figure or target of a report the caller may see (checked on the report already loaded with it). */
    private <T extends ReportItem> T item(Class<T> type, long id, StaffAccount account) {
        T item = found(em.find(type, id), type.getSimpleName().toLowerCase(Locale.ROOT), id);
        ReportDrafts.requireVisible(item.getSection().getReport(), account);
        return item;
    }

    @Transactional
    public Section addSection(long reportId, StaffAccount account, Part part, String title, String narrative) {
        Report report = drafts.findEditable(reportId, account);
        Section section = report.addSection(part, title, narrative);
        em.flush();
        audit.created(account.getUsername(), AuditedType.SECTION, section.getId(), reportId, section.snapshot());
        return section;
    }

    /** @return the section as saved, or empty when someone saved it after {@code startedFromVersion} */
    @Transactional
    public Optional<Section> editSection(
            long id, long startedFromVersion, StaffAccount account, String title, String narrative) {
        Section section = editable(section(id, account), account);
        if (section.getVersion() != startedFromVersion) {
            return Optional.empty();
        }
        Map<String, String> before = section.snapshot();
        section.edit(title, narrative);
        em.flush();
        audit.updated(account.getUsername(), AuditedType.SECTION, id, reportId(section), before, section.snapshot());
        return Optional.of(section);
    }

    @Transactional
    public Section moveSection(long id, StaffAccount account, boolean up) {
        Section section = editable(section(id, account), account);
        int before = section.getPosition();
        if (section.getReport().move(section, up)) {
            em.flush();
            audit.updated(
                    account.getUsername(),
                    AuditedType.SECTION,
                    id,
                    reportId(section),
                    Map.of("position", String.valueOf(before)),
                    Map.of("position", String.valueOf(section.getPosition())));
        }
        return section;
    }

    /** Deletes the section with its figures and targets, each recorded in the audit log. */
    @Transactional
    public Report deleteSection(long id, StaffAccount account) {
        Section section = editable(section(id, account), account);
        Report report = section.getReport();
        String actor = account.getUsername();
        section.getFigures()
                .forEach(f -> audit.deleted(actor, f.auditedType(), f.getId(), report.getId(), f.snapshot()));
        section.getTargets()
                .forEach(t -> audit.deleted(actor, t.auditedType(), t.getId(), report.getId(), t.snapshot()));
        audit.deleted(actor, AuditedType.SECTION, id, report.getId(), section.snapshot());
        report.remove(section);
        return report;
    }

    @Transactional
    public Figure addFigure(long sectionId, StaffAccount account, Figure.Builder builder) {
        Section section = editable(section(sectionId, account), account);
        return created(section.addFigure(builder), account);
    }

    /** @return the figure as saved, or empty when someone saved it after {@code startedFromVersion} */
    @Transactional
    public Optional<Figure> editFigure(long id, long startedFromVersion, StaffAccount account, Figure.Builder edited) {
        Figure figure = figure(id, account);
        return edited(figure, startedFromVersion, account, () -> figure.edit(edited));
    }

    @Transactional
    public Section deleteFigure(long id, StaffAccount account) {
        return deleted(figure(id, account), account);
    }

    @Transactional
    public Target addTarget(long sectionId, StaffAccount account, Target.Builder builder) {
        Section section = editable(section(sectionId, account), account);
        return created(section.addTarget(builder), account);
    }

    /** @return the target as saved, or empty when someone saved it after {@code startedFromVersion} */
    @Transactional
    public Optional<Target> editTarget(long id, long startedFromVersion, StaffAccount account, Target.Builder edited) {
        Target target = target(id, account);
        return edited(target, startedFromVersion, account, () -> target.edit(edited));
    }

    @Transactional
    public Section deleteTarget(long id, StaffAccount account) {
        return deleted(target(id, account), account);
    }

    /** A figure or target just added: its id assigned, its creation audited. */
    private <T extends ReportItem> T created(T item, StaffAccount account) {
        em.flush();
        audit.created(
                account.getUsername(), item.auditedType(), item.getId(), reportId(item.getSection()), item.snapshot());
        return item;
    }

    /** Applies the edit unless someone saved the item after {@code startedFromVersion}; audits the change. */
    private <T extends ReportItem> Optional<T> edited(
            T item, long startedFromVersion, StaffAccount account, Runnable edit) {
        editable(item.getSection(), account);
        if (item.getVersion() != startedFromVersion) {
            return Optional.empty();
        }
        Map<String, String> before = item.snapshot();
        edit.run();
        em.flush();
        audit.updated(
                account.getUsername(),
                item.auditedType(),
                item.getId(),
                reportId(item.getSection()),
                before,
                item.snapshot());
        return Optional.of(item);
    }

    private Section deleted(ReportItem item, StaffAccount account) {
        Section section = editable(item.getSection(), account);
        audit.deleted(account.getUsername(), item.auditedType(), item.getId(), reportId(section), item.snapshot());
        section.remove(item);
        return section;
    }

    private static Section editable(Section section, StaffAccount account) {
        ReportDrafts.requireEditable(section.getReport(), account);
        return section;
    }

    private static long reportId(Section section) {
        return section.getReport().getId();
    }

    private static <T> T found(T entity, String kind, long id) {
        if (entity == null) {
            throw new NotFound("No " + kind + " " + id);
        }
        return entity;
    }
}
