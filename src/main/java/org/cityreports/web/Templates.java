package org.cityreports.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one Thymeleaf engine of the application (templates parsed once and cached), and how a page
 * is rendered with it in the request's locale: for Jersey MVC ({@link ThymeleafTemplateProcessor})
 * and for pages rendered once into bytes and kept ({@link PublishedCache}).
 */
public final class Templates {

    private static volatile Templates instance;

    private final JakartaServletWebApplication application;
    private final TemplateEngine engine;

    private Templates(ServletContext servletContext) {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix(ThymeleafMvcFeature.TEMPLATE_BASE_PATH + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
    }

    public static Templates of(ServletContext servletContext) {
        Templates templates = instance;
        if (templates == null) {
            synchronized (Templates.class) {
                if (instance == null) {
                    instance = new Templates(servletContext);
                }
                templates = instance;
            }
        }
        return templates;
    }

    /** @param template the name under WEB-INF/templates without ".html", e.g. "report/show" */
    public void render(String template, Map<String, Object> model, HttpServletRequest request,
                       HttpServletResponse response, Writer writer) {
        WebContext context = new WebContext(application.buildExchange(request, response), RequestLocale.of(request),
                model);
        // every page may carry a form (csrf.token) and the layout names who is signed in
        context.setVariable("csrf", new CsrfToken(request));
        context.setVariable("signedInAs", request.getRemoteUser());
        engine.process(template, context, writer);
    }

    /** The page as UTF-8 bytes. */
    public byte[] render(String template, Map<String, Object> model, HttpServletRequest request,
                         HttpServletResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            render(template, model, request, response, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
