package org.cityreports.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with a correlation id, which the client sees instead of the
 * exception, so no stack trace, SQL or server detail ever leaves the server.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        return logged(uri, e);
    }

    static Response logged(UriInfo uri, Throwable e) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, e, () -> "Error " + correlationId + " on " + (uri == null ? "?" : uri.getPath()));
        return ErrorResponses.of(uri, 500, "Internal error; quote " + correlationId + " when reporting it",
                correlationId);
    }
}
