package org.cityreports.report.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.control.ReportContent;
import org.cityreports.report.entity.ReportItem;
import org.cityreports.report.entity.Section;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.unit.Unit;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figure and target pages do alike: save an edited item, or on a save that someone else
 * made first show their values beside ours (saving again overwrites knowingly); ask before deleting.
 *
 * @param <I> the item
 * @param <B> its builder
 * @param <F> its form
 */
abstract class ItemPages<I extends ReportItem, B, F extends ItemForm<B>> {

    @Inject
    ReportContent content;

    @Inject
    Indicators indicators;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    /** The item, if the caller may see its report. */
    abstract I find(long id, StaffAccount account);

    /** @return the section, when the caller may add such items to it now (else a domain exception) */
    abstract Section editable(Section section, StaffAccount account);

    Section editableSection(long sectionId, StaffAccount account) {
        return editable(content.section(sectionId, account), account);
    }

    abstract F formOf(I item);

    /** @return the item as saved, or empty when someone saved it after {@code startedFrom} */
    abstract Optional<I> save(long id, long startedFrom, StaffAccount account, B builder);

    abstract Viewable view(F form, FormErrors errors, Section section, I item, List<FormFields.Difference> conflicts);

    /** Saving checks once who may edit what (in {@link ReportContent}); the pages look again only to show a form. */
    Response saveEdit(long id, F form) {
        StaffAccount account = currentStaff.get();
        FormErrors errors = new FormErrors();
        if (form.version == null) {
            errors.add("version", "report.version.missing");
        }
        Optional<B> builder = form.check(validator, indicators, errors);
        if (builder.isEmpty()) {
            I current = find(id, account);
            Section section = editable(current.getSection(), account);
            return Response.status(400)
                    .entity(view(form, errors, section, current, null))
                    .build();
        }
        Optional<I> saved = save(id, form.version, account, builder.get());
        if (saved.isPresent()) {
            return afterSave(saved.get());
        }
        I theirs = find(id, account);
        List<FormFields.Difference> conflicts = FormFields.differences(formOf(theirs), form);
        form.version = theirs.getVersion();
        return Response.status(409)
                .entity(view(form, new FormErrors(), theirs.getSection(), theirs, conflicts))
                .build();
    }

    /** Where the editor goes after a save: the report, at the item's section. */
    Response afterSave(I saved) {
        return StaffViews.toSection(saved.getSection());
    }

    /** The model every item form shows: the form, its errors, where it goes, the item's history. */
    Map<String, Object> formModel(
            F form, FormErrors errors, Section section, I item, List<FormFields.Difference> conflicts) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("section", section);
        model.put("report", section.getReport());
        model.put("conflicts", conflicts);
        model.put("units", Unit.offered());
        model.put("indicators", indicators.all());
        model.put("history", item == null ? List.of() : audit.of(item.auditedType(), item.getId()));
        model.put("editable", section.getReport().isEditable());
        model.put("autofocusField", "label");
        return model;
    }

    /** @param what how the question names the item */
    Viewable confirmDelete(long id, String kind, String what) {
        StaffAccount account = currentStaff.get();
        I item = find(id, account);
        editable(item.getSection(), account);
        return StaffViews.confirmDelete(
                item.getSection().getReport(),
                what,
                "staff." + kind + ".delete.question",
                null,
                null,
                "/staff/" + kind + "s/" + id + "/delete");
    }
}
