package org.cityreports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

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
                    "org.cityreports.archive..",
                    "org.cityreports.backup..",
                    "org.cityreports.sampledata..");

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
