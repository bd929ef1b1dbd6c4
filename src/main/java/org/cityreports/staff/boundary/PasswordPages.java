package org.cityreports.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.domain.FormErrors;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.control.Passwords;
import org.cityreports.staff.entity.StaffAccount;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Changing one's own password; the only page open to someone who must change theirs first. */
@Path("staff/password")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PasswordPages {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Passwords passwords;

    @PersistenceContext
    EntityManager em;

    @GET
    public Viewable form() {
        return page(new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response change(
            @FormParam("current") String current,
            @FormParam("password") String password,
            @FormParam("confirmation") String confirmation) {
        StaffAccount account = em.merge(currentStaff.get());
        FormErrors errors = new FormErrors();
        if (!passwords.matches(current, account.getPasswordHash())) {
            errors.add("current", "staff.password.currentWrong");
        }
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            errors.add("password", "staff.password.tooShort");
        } else if (password.equals(current)) {
            errors.add("password", "staff.password.same");
        }
        if (password != null && !password.equals(confirmation)) {
            errors.add("confirmation", "staff.password.mismatch");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(errors)).build();
        }
        account.changePassword(passwords.hash(password));
        return Response.seeOther(URI.create("/staff")).build();
    }

    private Viewable page(FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors.asMap());
        model.put("minLength", Passwords.MIN_LENGTH);
        model.put("mustChange", currentStaff.get().isMustChangePassword());
        return new Viewable("/staff/password", model);
    }
}
