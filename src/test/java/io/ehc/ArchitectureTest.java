package io.ehc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Domain packages stay plain Java; web → application → domain ← infrastructure inside each module. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ehc");
    static final String[] MODULES = {
        "identity",
        "card",
        "healthcode",
        "institution",
        "usage",
        "scan",
        "certificate",
        "payment",
        "insurance",
        "statistics",
        "account",
        "h5",
        "counter"
    };
    /** Modules answered only through their Java API, without a web layer of their own. */
    static final Set<String> WITHOUT_WEB = Set.of("insurance");
    /** Modules that own no data and reach nothing outside: no infrastructure layer. */
    static final Set<String> WITHOUT_INFRASTRUCTURE = Set.of("counter");

    @Test
    void domainPackagesImportNoSpringJdbcOrFhir() {
        noClasses()
                .that()
                .resideInAPackage("io.ehc.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.persistence..",
                        "ca.uhn.fhir..",
                        "org.hl7.fhir..")
                .check(CLASSES);
    }

    @Test
    void eachModuleIsLayered() {
        for (String m : MODULES) {
            String base = "io.ehc." + m;
            var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
            var withDomain = (WITHOUT_WEB.contains(m) ? layers.optionalLayer("web") : layers.layer("web"))
                    .definedBy(base + ".web..")
                    .layer("application")
                    .definedBy(base + ".application..")
                    .layer("domain")
                    .definedBy(base + ".domain..");
            (WITHOUT_INFRASTRUCTURE.contains(m)
                            ? withDomain.optionalLayer("infrastructure")
                            : withDomain.layer("infrastructure"))
                    .definedBy(base + ".infrastructure..")
                    .whereLayer("web")
                    .mayNotBeAccessedByAnyLayer()
                    .whereLayer("application")
                    .mayOnlyBeAccessedByLayers("web")
                    .whereLayer("infrastructure")
                    .mayOnlyBeAccessedByLayers("web", "application")
                    .whereLayer("domain")
                    .mayOnlyBeAccessedByLayers("application", "infrastructure", "web")
                    .check(CLASSES);
        }
    }
}
