package org.cityreports.web;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.server.mvc.MvcFeature;

/** Jersey MVC with Thymeleaf templates under {@code /WEB-INF/templates}. */
public class ThymeleafMvcFeature implements Feature {

    static final String TEMPLATE_BASE_PATH = "/WEB-INF/templates";

    @Override
    public boolean configure(FeatureContext context) {
        context.property(MvcFeature.TEMPLATE_BASE_PATH + ".thymeleaf", TEMPLATE_BASE_PATH);
        if (!context.getConfiguration().isRegistered(MvcFeature.class)) {
            context.register(MvcFeature.class);
        }
        context.register(ThymeleafTemplateProcessor.class);
        return true;
    }
}
