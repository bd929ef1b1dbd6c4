package org.cityreports.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

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
    public String metadata(@PathParam("csv") String path) {
        String csv = path + ".csv";
        return DataDictionaryPages.metadata(csv.substring(csv.lastIndexOf('/') + 1), DataDictionaryPages.tableAt(csv))
                .toString();
    }
}
