package org.cityreports.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.city.control.Cities;
import org.cityreports.domain.FormErrors;
import org.cityreports.staff.control.Accounts;
import org.cityreports.staff.entity.Role;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins list staff accounts and create new ones, each with a one-time password shown once. */
@Path("staff/accounts")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class AccountPages {

    private static final String ONE_TIME_PASSWORD = AccountPages.class.getName() + ".oneTimePassword";

    @Inject
    Accounts accounts;

    @Inject
    Cities cities;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @GET
    public Viewable list() {
        return new Viewable("/staff/accounts", Map.of("accounts", accounts.all()));
    }

    @GET
    @Path("new")
    public Viewable form() {
        return form(new AccountForm(), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam AccountForm form) {
        form.username = form.username == null ? "" : form.username.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        Set<Role> roles = Accounts.roles(form.roles);
        accounts.check(form.username, roles, form.cities, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(form, errors)).build();
        }
        Accounts.Created created = accounts.create(form.username, form.displayName, roles, form.cities);
        // shown once on the next page, never in a URL
        request.getSession().setAttribute(ONE_TIME_PASSWORD, created.oneTimePassword());
        return Response.seeOther(
                        URI.create("/staff/accounts/" + created.account().getUsername()))
                .build();
    }

    @GET
    @Path("{username}")
    public Viewable show(@PathParam("username") String username) {
        var account = accounts.byUsername(username).orElseThrow(() -> new NotFoundException("No account " + username));
        HttpSession session = request.getSession(false);
        Object oneTime = session == null ? null : session.getAttribute(ONE_TIME_PASSWORD);
        if (session != null) {
            session.removeAttribute(ONE_TIME_PASSWORD);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("oneTimePassword", oneTime);
        model.put("activity", audit.byActor(account.getUsername()));
        return new Viewable("/staff/account", model);
    }

    private Viewable form(AccountForm form, FormErrors errors) {
        return new Viewable(
                "/staff/account-form",
                Map.of(
                        "form", form,
                        "errors", errors.asMap(),
                        "roles", List.of(Role.EDITOR.roleName(), Role.REVIEWER.roleName(), Role.ADMIN.roleName()),
                        "cities", cities.all()));
    }
}
