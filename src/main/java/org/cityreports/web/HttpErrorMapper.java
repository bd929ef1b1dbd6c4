package org.cityreports.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 4xx and other deliberate HTTP errors: the status as thrown, a page or JSON with its message. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.logged(uri, e);
        }
        String messageKey = e instanceof Refusal refusal ? refusal.messageKey() : null;
        return ErrorResponses.of(uri, status, e.getMessage(), null, messageKey);
    }
}
