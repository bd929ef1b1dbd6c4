package org.cityreports.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.internal.util.collection.Ref;
import org.glassfish.jersey.server.mvc.Viewable;
import org.glassfish.jersey.server.mvc.spi.AbstractTemplateProcessor;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a {@link Viewable} with Thymeleaf ({@link Templates}), in the request's locale. A
 * {@code Map} model becomes the template's variables; any other model is the variable
 * {@code model}. Thymeleaf loads and caches the templates itself, so
 * {@link #resolve(String, Reader)} only names them.
 */
final class ThymeleafTemplateProcessor extends AbstractTemplateProcessor<String> {

    private static final String SUFFIX = ".html";

    private final Templates templates;

    @Inject
    private Provider<Ref<HttpServletRequest>> request;

    @Inject
    private Provider<Ref<HttpServletResponse>> response;

    @Inject
    ThymeleafTemplateProcessor(Configuration config, InjectionManager injectionManager) {
        super(config, injectionManager.getInstance(ServletContext.class), "thymeleaf", "html");
        // the CDI bean: Jersey (HK2) makes this processor, CDI the engine every render shares
        templates = CDI.current().select(Templates.class).get();
    }

    /** "/WEB-INF/templates/report/show.html" → "report/show", the name Thymeleaf resolves. */
    @Override
    protected String resolve(String templatePath, Reader reader) {
        String prefix = ThymeleafMvcFeature.TEMPLATE_BASE_PATH + "/";
        String name = templatePath.startsWith(prefix) ? templatePath.substring(prefix.length()) : templatePath;
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    @Override
    public void writeTo(
            String template,
            Viewable viewable,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream out)
            throws java.io.IOException {
        Charset encoding = setContentType(mediaType, httpHeaders);
        Writer writer = new OutputStreamWriter(out, encoding);
        templates.render(
                template,
                variables(viewable.getModel()),
                request.get().get(),
                response.get().get(),
                writer);
        writer.flush();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Object model) {
        if (model instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("model", model);
        return variables;
    }
}
