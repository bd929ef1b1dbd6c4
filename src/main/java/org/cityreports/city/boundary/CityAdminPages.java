package org.cityreports.city.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.city.control.Cities;
import org.cityreports.domain.FormErrors;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.Map;

/** Admins list the cities and add one. */
@Path("staff/cities")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CityAdminPages {

    @Inject
    Cities cities;

    @Inject
    Validator validator;

    @GET
    public Viewable list() {
        return page(new CityForm(), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CityForm form) {
        form.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty() && cities.exists(form.slug)) {
            errors.add("slug", "city.slug.taken");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(form, errors)).build();
        }
        cities.create(form.slug, form.nameZh, form.nameEn, form.province);
        return Response.seeOther(URI.create("/staff/cities")).build();
    }

    private Viewable page(CityForm form, FormErrors errors) {
        return new Viewable("/staff/cities", Map.of("cities", cities.all(), "form", form, "errors", errors.asMap()));
    }
}
