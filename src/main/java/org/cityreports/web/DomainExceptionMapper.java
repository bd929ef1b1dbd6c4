package org.cityreports.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cityreports.domain.Conflict;
import org.cityreports.domain.DomainException;
import org.cityreports.domain.NotAllowed;
import org.cityreports.domain.NotFound;
import org.cityreports.domain.NotSignedIn;

/** The one place where a rule's refusal becomes an HTTP status, with the page or JSON of any error. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        return ErrorResponses.of(uri, status(e), e.getMessage(), null, e instanceof Conflict c ? c.messageKey() : null);
    }

    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof NotAllowed) {
            return 403;
        }
        if (e instanceof NotSignedIn) {
            return 401;
        }
        return 409; // Conflict, the last the sealed class permits
    }
}
