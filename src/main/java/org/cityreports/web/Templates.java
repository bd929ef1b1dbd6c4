package org.cityreports.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.Writer;
import java.util.Map;

/**
 * The one Thymeleaf engine of the application (templates parsed once and cached) and the one way a
 * page is rendered with it, in the request's locale: for Jersey MVC's {@code Viewable}s
 * ({@link ThymeleafTemplateProcessor}).
 * Template names are written as Viewables need them, from the template root:
 * {@code "/report/show"} is {@code WEB-INF/templates/report/show.html}.
 */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @PostConstruct
    void start() {
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

    /** @param template the name from the template root without ".html", e.g. "/report/show" */
    public void render(
            String template,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response,
            Writer writer) {
        WebContext context =
                new WebContext(application.buildExchange(request, response), RequestLocale.of(request), model);
        // every page may carry a form (csrf.token) and the layout names who is signed in
        context.setVariable("csrf", new CsrfToken(request));
        context.setVariable("signedInAs", request.getRemoteUser());
        engine.process(template.startsWith("/") ? template.substring(1) : template, context, writer);
    }
}
