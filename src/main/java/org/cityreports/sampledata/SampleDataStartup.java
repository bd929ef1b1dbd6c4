package org.cityreports.sampledata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Offers the sample data to the database when the application starts, unless the environment
 * asks for an empty instance ({@code CITYREPORTS_SAMPLE_DATA=none}, e.g. to import an export into).
 */
@ApplicationScoped
public class SampleDataStartup {

    @Inject
    SampleDataLoader loader;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if ("none".equals(System.getenv("CITYREPORTS_SAMPLE_DATA"))) {
            loader.declineOnce();
        } else {
            loader.loadOnce();
        }
    }
}
