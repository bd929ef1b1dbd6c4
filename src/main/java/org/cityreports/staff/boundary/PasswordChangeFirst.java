package org.cityreports.staff.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cityreports.staff.control.CurrentStaff;

import java.net.URI;
import java.util.Set;

/** Someone signed in with a one-time password goes to the password page before anything else. */
@Provider
public class PasswordChangeFirst implements ContainerRequestFilter {

    private static final Set<String> OPEN = Set.of("staff/password", "staff/logout", "staff/login");

    @Inject
    CurrentStaff currentStaff;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("staff") || OPEN.contains(path)) {
            return;
        }
        if (currentStaff.find().map(a -> a.isMustChangePassword()).orElse(false)) {
            request.abortWith(Response.seeOther(URI.create("/staff/password")).build());
        }
    }
}
