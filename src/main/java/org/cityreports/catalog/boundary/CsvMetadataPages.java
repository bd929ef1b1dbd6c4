package org.cityreports.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.web.CsvTable;
import org.cityreports.web.PublicCaching;

/**
 * Beside every CSV download, at its address with {@code -metadata.json} added (where a CSVW
 * processor looks first), its W3C CSVW metadata: columns, datatypes, descriptions in both languages.
 * The literal end of the path outranks the pages' own paths (JAX-RS picks the root path with the
 * most literal characters), so {@code /cities/x/targets/data.csv-metadata.json} comes here.
 */
@Path("{csv: .+}.csv-metadata.json")
@RequestScoped
public class CsvMetadataPages {

    @GET
    @Produces("application/csvm+json;charset=UTF-8")
    public Response metadata(
            @PathParam("csv") String path, @Context Request request, @Context SecurityContext security) {
        String csv = path + ".csv";
        CsvTable table = DataDictionaryPages.tableAt(csv);
        // the columns are the build's: the same document until the next one
        return PublicCaching.respond(
                request, security, PublicCaching.tag("csvm", "build"), () -> DataDictionaryPages.metadata(
                                csv.substring(csv.lastIndexOf('/') + 1), table)
                        .toString());
    }
}
