package io.outloud.plugin;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package graph (docs/ARCHITECTURE.md): each feature has a host-free core that owns its ports, and adapters at the
 * edge (ao, macro, rest, listener, web, job; {@code host} is all adapter). Confluence, Active Objects and javax live
 * only in adapters; feature cores form no cycle; {@code common} knows no feature; a feature's adapters never use
 * another feature's adapters (a feature that needs another's data owns a port that the other implements).
 */
class ArchitectureTest {

    private static final String ROOT = "io.outloud.";
    /** Every feature: a top-level package with a core and adapters. {@code community.pairing} is a core of its own inside community. */
    private static final List<String> FEATURES = List.of("wol", "thought", "community", "people", "settings", "notify", "content", "spacetools", "privacy", "follow", "insight",
            "thanks", "rhythm", "home");
    private static final List<String> FEATURE_CORES = Stream.concat(FEATURES.stream(), Stream.of("community.pairing")).toList();
    /** Shared pieces: {@code common} (knows no feature), {@code host} (the Confluence adapters of shared ports). */
    private static final List<String> SHARED = List.of("common", "host");
    private static final Set<String> ADAPTER_LAYERS = Set.of("ao", "macro", "rest", "listener", "web", "job");
    private static final String[] ADAPTER_PACKAGES = {"..ao..", "..macro..", "..rest..", "..listener..", "..host..", "..web..", "..job.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importPluginClasses() {
        // The plugin's own classes only (not the test-support modules on the test class path).
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    static List<String> features() {
        return FEATURES;
    }

    static List<String> featureCores() {
        return FEATURE_CORES;
    }

    @ParameterizedTest
    @MethodSource("featureCores")
    void guardedCoreExists(String core) {
        // A rule over an empty package passes silently; make sure each core it guards is really there.
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals(ROOT + core)), ROOT + core);
    }

    @ParameterizedTest
    @MethodSource("features")
    void guardedFeatureHasAdapters(String feature) {
        assertTrue(classes.stream().anyMatch(c -> feature(c).equals(feature) && isAdapter(c)), ROOT + feature + " adapters");
    }

    @Test
    void everyPackageIsAFeatureOrShared() {
        // A new top-level package would escape the rules below: it must join FEATURES or SHARED first.
        Set<String> known = Stream.concat(FEATURES.stream(), SHARED.stream()).collect(Collectors.toSet());
        Set<String> unknown = classes.stream().filter(c -> c.getPackageName().startsWith(ROOT)).map(ArchitectureTest::feature)
                .filter(f -> !known.contains(f)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "packages under io.outloud that the architecture rules do not know");
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
    void coreDoesNotDependOnAdapters() {
        noClasses().that().resideInAPackage("io.outloud..")
                .and().resideOutsideOfPackages(ADAPTER_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_PACKAGES)
                .because("a core owns its ports; adapters implement them and call the core, never the other way")
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

    @Test
    void featureCoresAreFreeOfCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String core = javaClass.getPackageName().startsWith(ROOT) ? javaClass.getPackageName().substring(ROOT.length()) : "";
                return FEATURE_CORES.contains(core) ? SliceIdentifier.of(core) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "feature cores";
            }
        }).should().beFreeOfCycles()
                .because("a feature that needs another's data owns a small port that the other implements")
                .check(classes);
    }

    @Test
    void featuresAreFreeOfCycles_everyLayerCounted() {
        // Cores alone can be acyclic while a feature's adapter uses a core that uses the feature back.
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return FEATURES.contains(feature(javaClass)) ? SliceIdentifier.of(feature(javaClass)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "features";
            }
        }).should().beFreeOfCycles()
                .because("wol is at the bottom, thought and community above it; a lower feature owns a port for what it needs from a higher one")
                .check(classes);
    }

    @Test
    void commonKnowsNoFeature() {
        String[] others = Stream.concat(FEATURES.stream(), Stream.of("host")).map(f -> ROOT + f + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("io.outloud.common..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("common holds what every feature shares, so it can depend on none of them")
                .check(classes);
    }

    /**
     * Adapters that still read another feature's tables, named one by one so that no other can. The space tools list
     * a space's blocks and thoughts from the rows of both (one indexed query each); the way out is a listing on
     * BlockStore and ThoughtStore, the features' own ports (issue #14).
     */
    private static final Set<String> KNOWN_CROSSINGS = Set.of("io.outloud.spacetools.ao.AoSpaceContent");

    @ParameterizedTest
    @MethodSource("features")
    void adaptersUseNoOtherFeaturesAdapters(String feature) {
        noClasses().that(adapterOf(Set.of(feature))).and(DescribedPredicate.describe("not a known crossing",
                        (JavaClass c) -> !KNOWN_CROSSINGS.contains(c.getName())))
                .should().dependOnClassesThat(adapterOf(FEATURES.stream().filter(f -> !f.equals(feature)).collect(Collectors.toSet())))
                .because("features meet in their cores, through ports; their adapters stay their own")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> adapterOf(Set<String> features) {
        return DescribedPredicate.describe("adapters of " + new TreeSet<>(features),
                c -> c.getPackageName().startsWith(ROOT) && features.contains(feature(c)) && isAdapter(c));
    }

    /** The top-level package under io.outloud: the feature (or shared piece) a class belongs to. */
    private static String feature(JavaClass c) {
        String rest = c.getPackageName().startsWith(ROOT) ? c.getPackageName().substring(ROOT.length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isAdapter(JavaClass c) {
        return feature(c).equals("host") || Arrays.stream(c.getPackageName().split("\\.")).anyMatch(ADAPTER_LAYERS::contains);
    }
}
