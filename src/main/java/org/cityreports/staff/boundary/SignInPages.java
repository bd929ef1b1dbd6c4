package org.cityreports.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.staff.control.LoginThrottle;
import org.cityreports.staff.control.StaffAuthentication;
import org.cityreports.web.CsrfToken;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Staff sign in and out. A failed sign-in never says whether the name or the password was wrong,
 * and repeated failures are throttled per account and per address.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SignInPages {

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    public Viewable form() {
        return page("", null, null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password) {
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.waitBeforeTrying(name, request.getRemoteAddr());
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
            return Response.status(429)
                    .entity(page(name, "staff.login.throttled", minutes))
                    .build();
        }
        // a new session id at sign-in: a session id planted before cannot ride along
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(
                                new UsernamePasswordCredential(name, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            audit.signIn(name, true, request.getRemoteAddr());
            throttle.succeeded(name);
            // the session survives sign-in (it keeps the page to return to) under a new id
            CsrfToken.renew(request);
            return Response.seeOther(URI.create(StaffAuthentication.continueTo(request)))
                    .build();
        }
        audit.signIn(name, false, request.getRemoteAddr());
        throttle.failed(name, request.getRemoteAddr());
        return Response.status(401)
                .entity(page(name, "staff.login.failed", null))
                .build();
    }

    @POST
    @Path("logout")
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.seeOther(URI.create("/")).build();
    }

    /** The form, with the name as typed and, after a refusal, the message key and its argument. */
    private static Viewable page(String username, String error, Object errorArgument) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("error", error);
        model.put("errorArgument", errorArgument);
        return new Viewable("/staff/login", model);
    }
}
