package org.cityreports;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of docs/development.md, "Code layout": features depend one way (unit, domain,
 * persistence and web beneath all; then audit, city, staff, indicator, report, and track, extract,
 * archive, backup and sampledata on top), and the rules of a feature never speak HTTP.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cityreports");

    static final ArchRule featuresDependOneWay = slices().matching("org.cityreports.(*)..")
            .namingSlices("feature $1")
            .should()
            .beFreeOfCycles();

    static final ArchRule rulesNeverSpeakHttp = noClasses()
            .that()
            .resideInAnyPackage("..control..", "..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "org.glassfish.jersey..", "org.cityreports.web..", "..boundary..")
            .because("control and entity hold the rules every way in runs (forms, CSV, extraction, archive)");

    static final ArchRule entitiesDoNotCallControl = noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..control..");

    static final ArchRule lowerLayersKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.cityreports.unit..",
                    "org.cityreports.domain..",
                    "org.cityreports.persistence..",
                    "org.cityreports.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.cityreports.audit..",
                    "org.cityreports.city..",
                    "org.cityreports.staff..",
                    "org.cityreports.indicator..",
                    "org.cityreports.report..",
                    "org.cityreports.track..",
                    "org.cityreports.extract..",
                    "org.cityreports.search..",
                    "org.cityreports.catalog..",
                    "org.cityreports.archive..",
                    "org.cityreports.backup..",
                    "org.cityreports.sampledata..");

    /** Finding the class that serves a staff URL: its area is on the class, "/staff" alone is home and sign-in. */
    static final ArchRule staffAreasNameTheirPrefix = classes()
            .that()
            .areAnnotatedWith(Path.class)
            .and()
            .resideInAPackage("..boundary..")
            .should(new ArchCondition<JavaClass>("name a path of their own area, not \"staff\" alone") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String path = item.getAnnotationOfType(Path.class).value();
                    boolean homeOrSignIn = item.getSimpleName().equals("StaffHomePages")
                            || item.getSimpleName().equals("SignInPages");
                    if (path.equals("staff") && !homeOrSignIn) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " is at @Path(\"staff\")"));
                    }
                }
            });

    @Test
    void staffAreasNameTheirPrefix() {
        staffAreasNameTheirPrefix.check(PRODUCT);
    }

    @Test
    void featuresDependOneWay() {
        featuresDependOneWay.check(PRODUCT);
    }

    @Test
    void rulesNeverSpeakHttp() {
        rulesNeverSpeakHttp.check(PRODUCT);
    }

    @Test
    void entitiesDoNotCallControl() {
        entitiesDoNotCallControl.check(PRODUCT);
    }

    @Test
    void lowerLayersKnowNoFeature() {
        lowerLayersKnowNoFeature.check(PRODUCT);
    }
}
