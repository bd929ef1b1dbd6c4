package org.cityreports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A public page: 304 when the visitor holds this tag already, else rendered and marked public with
 * its tag, which {@link PublicResponses} keeps for the next visitor. Signed-in staff get it
 * rendered and private: theirs carries their menu and form token.
 */
@ApplicationScoped
public class PublicPages {

    /** @param template the template name, e.g. "/report/show" */
    public Response page(
            Request request,
            SecurityContext security,
            EntityTag tag,
            String template,
            Supplier<Map<String, Object>> model) {
        return PublicCaching.respond(request, security, tag, () -> new Viewable(template, model.get()));
    }
}
