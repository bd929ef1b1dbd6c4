package org.cityreports.indicator.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.indicator.entity.PlausibleRange;
import org.cityreports.unit.Unit;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admins maintain the indicator catalogue: list, add, edit. The code never changes once made
 * (addresses and downloads name it); a unit change is refused while linked figures or targets are
 * in units that would not convert to it.
 */
@Path("staff/indicators")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class IndicatorAdminPages {

    @Inject
    Indicators indicators;

    @Inject
    Validator validator;

    @GET
    public Viewable list() {
        IndicatorForm form = new IndicatorForm();
        form.kind = IndicatorKind.LEVEL.name();
        return listPage(form, new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam IndicatorForm form) {
        form.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.asMap().containsKey("code") && indicators.byCode(form.code).isPresent()) {
            errors.add("code", "indicator.code.taken");
        }
        Unit unit = form.unit(errors);
        Optional<Indicator> growthOf = form.growthOf(indicators::byCode, errors);
        PlausibleRange range = form.range(errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(listPage(form, errors)).build();
        }
        indicators.create(form.code, form.nameZh, form.nameEn, unit, form.kind(), growthOf.orElse(null), range);
        return Response.seeOther(URI.create("/staff/indicators")).build();
    }

    @GET
    @Path("{code}")
    public Viewable edit(@PathParam("code") String code) {
        return editPage(indicators.get(code), IndicatorForm.of(indicators.get(code)), new FormErrors());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @BeanParam IndicatorForm form) {
        Indicator indicator = indicators.get(code);
        form.strip();
        form.code = code;
        FormErrors errors = FormErrors.of(validator.validate(form));
        Unit unit = form.unit(errors);
        Optional<Indicator> growthOf = form.growthOf(indicators::byCode, errors);
        PlausibleRange range = form.range(errors);
        if (unit != null && indicators.linkedUnits(indicator).stream().anyMatch(u -> !u.isConvertibleTo(unit))) {
            errors.add("unit", "indicator.unit.linked");
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(editPage(indicator, form, errors))
                    .build();
        }
        long version = form.version.matches("\\d{1,18}") ? Long.parseLong(form.version) : -1;
        if (!indicators.edit(
                code, version, form.nameZh, form.nameEn, unit, form.kind(), growthOf.orElse(null), range)) {
            Indicator current = indicators.get(code);
            return Response.status(409)
                    .entity(editPage(
                            current, IndicatorForm.of(current), new FormErrors().add("form", "indicator.changed")))
                    .build();
        }
        return Response.seeOther(URI.create("/staff/indicators")).build();
    }

    private Viewable listPage(IndicatorForm form, FormErrors errors) {
        Map<String, Object> model = model(form, errors);
        model.put("indicators", indicators.all());
        return new Viewable("/staff/indicators", model);
    }

    private Viewable editPage(Indicator indicator, IndicatorForm form, FormErrors errors) {
        Map<String, Object> model = model(form, errors);
        model.put("indicator", indicator);
        return new Viewable("/staff/indicator-form", model);
    }

    private Map<String, Object> model(IndicatorForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("kinds", List.of(IndicatorKind.values()));
        model.put("units", Unit.offered());
        model.put(
                "levels",
                indicators.all().stream()
                        .filter(i -> i.getKind() == IndicatorKind.LEVEL || i.getKind() == IndicatorKind.COUNT)
                        .toList());
        return model;
    }
}
