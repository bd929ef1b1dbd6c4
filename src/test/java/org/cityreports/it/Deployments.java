package org.cityreports.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Integration tests deploy the very WAR the build made, not a hand-assembled archive. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("war.file", "target/city-reports.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
