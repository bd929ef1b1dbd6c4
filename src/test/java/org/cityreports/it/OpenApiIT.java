package org.cityreports.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's OpenAPI description: served in JSON and YAML, naming every GET route of every resource
 * under /api/v1 (found in the compiled classes, so a new route left out fails here), and the answers
 * of the running server valid against the schemas it states.
 */
class OpenApiIT extends DeployedWar {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyApiRouteIsDescribed() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> routes = routes();
        assertTrue(routes.size() >= 8, routes.toString());
        for (String route : routes) {
            assertTrue(paths.has(route) && paths.get(route).has("get"), route + " is not in the description");
        }
        HttpResponse<String> yaml = Http.get(base, "/api/v1/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("/api/v1/cities/{slug}/reports/{year}:"), "the same in YAML");
    }

    @Test
    void theServersAnswersMatchTheSchemasTheDescriptionStates() throws Exception {
        JsonNode document = document();
        for (String[] call : new String[][] {
            {"/api/v1/cities", "/api/v1/cities"},
            {"/api/v1/cities/{slug}", "/api/v1/cities/taiyuan"},
            {"/api/v1/cities/{slug}/reports/{year}", "/api/v1/cities/taiyuan/reports/2022"},
            {"/api/v1/cities/{slug}/targets", "/api/v1/cities/taiyuan/targets"},
            {"/api/v1/indicators", "/api/v1/indicators"},
            {"/api/v1/indicators/{code}/series", "/api/v1/indicators/gdp/series"},
            {"/api/v1/compare", "/api/v1/compare?indicator=gdp"},
            {"/api/v1/search", "/api/v1/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC"}
        }) {
            JsonNode stated = document.at(
                    "/paths/" + call[0].replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
            assertTrue(stated.isObject(), call[0] + " states its answer's schema");
            ObjectNode schema = stated.deepCopy();
            // the schema's references point into the description's components: bring them along
            schema.set("components", document.get("components"));
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            HttpResponse<String> answer = Http.get(base, call[1]);
            assertEquals(200, answer.statusCode(), call[1]);
            JsonNode body = JSON.readTree(answer.body());
            Set<ValidationMessage> errors = validator.validate(body);
            assertEquals(Set.of(), errors, call[1]);
            assertTrue(body.size() > 0, call[1] + " answered something to check");
        }
        JsonNode wrong = JSON.readTree("{\"slug\": 7}");
        ObjectNode city = document.at("/components/schemas/CityJson").deepCopy();
        city.set("components", document.get("components"));
        assertTrue(
                !JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(city)
                        .validate(wrong)
                        .isEmpty(),
                "and a wrong answer would fail");
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> response = Http.get(base, "/api/v1/openapi.json");
        assertEquals(200, response.statusCode());
        JsonNode document = JSON.readTree(response.body());
        assertTrue(document.get("openapi").asText().startsWith("3.1"));
        return document;
    }

    /** Every GET under /api/v1 that the compiled resources declare, as OpenAPI writes paths. */
    private static List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cityreports")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String root = resource.getAnnotationOfType(Path.class).value();
            if (!root.startsWith("api/v1") || root.startsWith("api/v1/openapi")) {
                continue;
            }
            for (JavaMethod method : resource.getMethods()) {
                if (method.isAnnotatedWith(GET.class)) {
                    String sub = method.isAnnotatedWith(Path.class)
                            ? "/" + method.getAnnotationOfType(Path.class).value()
                            : "";
                    routes.add(("/" + root + sub).replaceAll("\\{(\\w+)\\s*:[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "{$1}"));
                }
            }
        }
        return routes;
    }
}
