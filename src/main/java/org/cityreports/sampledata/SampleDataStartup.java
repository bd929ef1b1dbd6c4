package org.cityreports.sampledata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Offers the sample data to the database when the application starts. */
@ApplicationScoped
public class SampleDataStartup {

    @Inject
    SampleDataLoader loader;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        loader.loadOnce();
    }
}
