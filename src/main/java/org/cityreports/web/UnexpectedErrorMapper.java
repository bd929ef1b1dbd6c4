package org.cityreports.web;

import jakarta.persistence.OptimisticLockException;
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
        if (isLostUpdate(e)) {
            // two saves of one row raced past the version check of the form: the later one is refused
            return ErrorResponses.of(uri, 409, "Saved by someone else meanwhile; reload and try again", null);
        }
        return logged(uri, e);
    }

    private static boolean isLostUpdate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    static Response logged(UriInfo uri, Throwable e) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, e, () -> "Error " + correlationId + " on " + (uri == null ? "?" : uri.getPath()));
        return ErrorResponses.of(
                uri, 500, "Internal error; quote " + correlationId + " when reporting it", correlationId);
    }
}
