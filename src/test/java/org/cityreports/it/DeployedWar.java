package org.cityreports.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * An integration test against the built WAR, deployed by Arquillian to the server the Maven
 * profile chose; {@link #base} is where it answers.
 */
@ExtendWith(ArquillianExtension.class)
@ArquillianSuiteDeployment
public abstract class DeployedWar {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.war();
    }
}
