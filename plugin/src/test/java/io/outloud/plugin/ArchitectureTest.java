package io.outloud.plugin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core of each feature owns its ports and never touches a host API: Confluence, Active Objects and
 * javax live only in adapter packages (ao, macro, rest, listener, host, web, job).
 */
class ArchitectureTest {

    private static final String[] ADAPTER_PACKAGES = {"..ao..", "..macro..", "..rest..", "..listener..", "..host..", "..web..", "..job.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importPluginClasses() {
        // The plugin's own classes only (not the test-support modules on the test class path).
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    @Test
    void guardedPackagesExist() {
        // A rule over an empty package passes silently; make sure the core it guards is really there.
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals("io.outloud.wol")), "io.outloud.wol");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals("io.outloud.wol.ao")), "io.outloud.wol.ao");
    }

    @Test
    void coreDoesNotDependOnHostApis() {
        noClasses().that().resideInAPackage("io.outloud..")
                .and().resideOutsideOfPackages(ADAPTER_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "javax..", "jakarta..")
                .because("domain logic stays free of host APIs; adapters translate")
                .check(classes);
    }

    @Test
    void activeObjectsEntitiesStayInStoreAdapters() {
        noClasses().that().resideInAPackage("io.outloud..")
                .and().resideOutsideOfPackage("..ao..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("entities are mapped to domain values before they leave the store")
                .check(classes);
    }
}
