package org.cityreports.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The error page web.xml names for errors the container raises itself (a missing static file, a
 * malformed request), so that those too show our page and not the server's.
 */
@Path("error")
public class ContainerErrorPages {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpServletRequest request, @Context UriInfo uri) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 404;
        return ErrorResponses.of(uri, code, null, null);
    }
}
