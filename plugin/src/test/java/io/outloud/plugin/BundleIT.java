package io.outloud.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar as a site admin uploads it: no host class inside, the headers Confluence reads, and a real
 * Apache Felix in which it resolves and starts beside a bundle exporting the host packages at the versions
 * its Confluence line exports them. The plugin module runs it on the Confluence 9 (javax) jar; plugin-confluence10
 * runs the same test, transformed to jakarta like the jar, on the Confluence 10 jar with that line's exports.
 */
class BundleIT {

    private static final String PLUGIN_KEY = System.getProperty("outloud.plugin.key", "io.outloud.confluence");
    /** The Confluence line whose exports the host bundle carries: host-exports/{line}.properties. */
    private static final String LINE = System.getProperty("outloud.host.line", "confluence-9.2");
    private static final Pattern IMPORT = Pattern.compile("([a-z0-9_.]+);version=\"([\\[(][^\"]+[\\])])\"");

    @TempDir
    static Path work;
    private static Path bundleJar;
    private static Felix felix;
    private static Bundle host;
    private static Bundle plugin;

    @BeforeAll
    static void startFelixWithHostAndPlugin() throws Exception {
        bundleJar = Path.of(System.getProperty("outloud.bundle.path", "target/outloud-plugin-0.1.0-SNAPSHOT-confluence9.jar"));
        assertTrue(Files.isRegularFile(bundleJar), "the bundle is built before the integration tests: " + bundleJar);

        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Felix otherwise lends classes from the test's class path to reflective loads, which hid missing imports.
        config.put("felix.bootdelegation.implicit", "false");
        felix = new Felix(config);
        felix.start();
        BundleContext context = felix.getBundleContext();

        Path hostJar = buildHostBundle(hostExports(LINE));
        host = context.installBundle(hostJar.toUri().toString());
        plugin = context.installBundle(bundleJar.toUri().toString());
        host.start();
        plugin.start();
    }

    @AfterAll
    static void stopFelix() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    void pluginBundleResolvesAndStartsBesideTheHostPackages() {
        assertEquals(Bundle.ACTIVE, host.getState());
        assertEquals(Bundle.ACTIVE, plugin.getState(), "plugin bundle state");
    }

    @Test
    void everyClassInTheBundleLinksAgainstTheHostPackagesOnly() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String className : classesIn(bundleJar)) {
            try {
                Class<?> type = plugin.loadClass(className);
                // Signatures name the host types: resolving them proves each package is imported.
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
                type.getDeclaredFields();
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(className + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Every package outside the bundle that its classes name (in code, signatures and annotations, which reflection
     * alone does not load) is in Import-Package: a missing one fails in Confluence only when that code first runs.
     */
    @Test
    void everyPackageTheClassesReferTo_isImported() throws IOException {
        java.util.Set<String> imported = new java.util.TreeSet<>();
        Matcher clause = IMPORT.matcher(manifest().getMainAttributes().getValue("Import-Package"));
        while (clause.find()) {
            imported.add(clause.group(1));
        }
        java.util.Set<String> referred = new java.util.TreeSet<>();
        try (JarFile jar = new JarFile(bundleJar.toFile())) {
            for (com.tngtech.archunit.core.domain.JavaClass type : new com.tngtech.archunit.core.importer.ClassFileImporter().importJar(jar)) {
                type.getDirectDependenciesFromSelf().forEach(d -> referred.add(d.getTargetClass().getPackageName()));
                type.getAnnotations().forEach(a -> referred.add(a.getRawType().getPackageName()));
                for (com.tngtech.archunit.core.domain.JavaMember member : type.getMembers()) {
                    member.getAnnotations().forEach(a -> referred.add(a.getRawType().getPackageName()));
                }
                for (com.tngtech.archunit.core.domain.JavaMethod method : type.getMethods()) {
                    method.getParameters().forEach(p -> p.getAnnotations().forEach(a -> referred.add(a.getRawType().getPackageName())));
                }
            }
        }
        referred.removeIf(pkg -> pkg.isEmpty() || pkg.startsWith("java.") || pkg.startsWith("io.outloud."));
        referred.removeAll(imported);
        assertEquals(java.util.Set.of(), referred, "referred to but not in Import-Package");
    }

    /** Every import is required: the app names no host API that a Confluence may lack (MyWork's in-app list is gone). */
    @Test
    void nothingIsImportedOptionally_andNoMyWorkPackage() throws IOException {
        String imports = manifest().getMainAttributes().getValue("Import-Package");
        for (String clause : imports.split(",(?=[a-z])")) {
            assertFalse(clause.contains("resolution:=optional"), clause);
            assertFalse(clause.startsWith("com.atlassian.mywork"), clause);
        }
    }


    @Test
    void hostTypesComeFromTheHostBundleNotFromThePlugin() throws Exception {
        Class<?> store = plugin.loadClass("io.outloud.wol.ao.AoBlockStore");
        Class<?> activeObjects = store.getConstructor(plugin.loadClass(ActiveObjects.class.getName())).getParameterTypes()[0];
        assertSame(host.loadClass(ActiveObjects.class.getName()), activeObjects);
    }

    @Test
    void jarContainsNoHostApiClass() throws IOException {
        try (JarFile jar = new JarFile(bundleJar.toFile())) {
            List<String> hostEntries = Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith("com/atlassian/") || name.startsWith("net/java/ao/")
                            || name.startsWith("javax/") || name.startsWith("jakarta/") || name.startsWith("org/springframework/"))
                    .toList();
            assertEquals(List.of(), hostEntries);
            assertNotNull(jar.getEntry("atlassian-plugin.xml"), "descriptor at the jar root");
            assertNotNull(jar.getEntry("META-INF/spring/plugin-context.xml"), "Spring context");
        }
    }

    @Test
    void manifestCarriesTheHeadersConfluenceReads() throws IOException {
        Attributes headers = manifest().getMainAttributes();
        assertEquals(PLUGIN_KEY, headers.getValue("Bundle-SymbolicName"));
        assertEquals(PLUGIN_KEY, headers.getValue("Atlassian-Plugin-Key"));
        assertEquals("2", headers.getValue("Bundle-ManifestVersion"));
        assertEquals("*", headers.getValue("Spring-Context"));
        assertNotNull(headers.getValue("Bundle-Version"));
        String imports = headers.getValue("Import-Package");
        assertFalse(imports.contains("*"), "no wildcard import: " + imports);
        assertNotNull(headers.getValue("Bundle-Name"));
    }

    @Test
    void everyImportHasAVersionRangeThatAcceptsItsLinesExports() throws IOException {
        String imports = manifest().getMainAttributes().getValue("Import-Package");
        Properties exports = hostExports(LINE);
        Matcher matcher = IMPORT.matcher(imports);
        int ranged = 0;
        while (matcher.find()) {
            ranged++;
            String pkg = matcher.group(1);
            String exported = exports.getProperty(pkg);
            assertNotNull(exported, pkg + " is imported but not in the " + LINE + " export list of the test");
            assertTrue(new VersionRange(matcher.group(2)).includes(Version.parseVersion(exported)),
                    pkg + " " + matcher.group(2) + " accepts " + exported);
        }
        assertEquals(imports.split(",(?=[a-z])").length, ranged, "every import has a version range: " + imports);
    }

    @Test
    void descriptorInTheJarResolvesEveryNameAgainstTheJar() throws Exception {
        URL hostApi = ActiveObjects.class.getProtectionDomain().getCodeSource().getLocation();
        URL jaxRs = javax.ws.rs.Path.class.getProtectionDomain().getCodeSource().getLocation();
        URL servlets = javax.servlet.http.HttpServlet.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[]{bundleJar.toUri().toURL(), hostApi, jaxRs, servlets},
                ClassLoader.getPlatformClassLoader())) {
            DescriptorChecker checker = new DescriptorChecker(jarLoader);
            assertEquals(List.of(), checker.problems());
            assertEquals(PLUGIN_KEY, checker.root().getAttribute("key"));
        }
    }

    private static Manifest manifest() throws IOException {
        try (JarFile jar = new JarFile(bundleJar.toFile())) {
            return jar.getManifest();
        }
    }

    private static List<String> classesIn(Path jarPath) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            return Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.contains("module-info"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    private static Properties hostExports(String line) throws IOException {
        Properties exports = new Properties();
        try (InputStream in = BundleIT.class.getResourceAsStream("/host-exports/" + line + ".properties")) {
            assertNotNull(in, line);
            exports.load(in);
        }
        return exports;
    }

    /** A bundle standing in for Confluence: the host-api classes of the exported packages, at Confluence's versions. */
    private static Path buildHostBundle(Properties exports) throws IOException {
        return buildHostBundle(exports, "confluence-host.jar");
    }

    private static Path buildHostBundle(Properties exports, String fileName) throws IOException {
        // Confluence's API (host-api) and the JAX-RS and servlet API jars Confluence ships.
        List<Path> apiJars = List.of(codeSource(ActiveObjects.class), codeSource(javax.ws.rs.Path.class),
                codeSource(javax.servlet.http.HttpServlet.class));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "outloud.test.confluence-host");
        main.putValue("Bundle-Version", LINE.substring(LINE.indexOf('-') + 1) + ".0");
        List<String> exportClauses = new ArrayList<>();
        exports.stringPropertyNames().stream().sorted().filter(pkg -> !pkg.startsWith("org.osgi."))
                .forEach(pkg -> exportClauses.add(pkg + ";version=\"" + exports.getProperty(pkg) + "\""));
        main.putValue("Export-Package", String.join(",", exportClauses));

        Path jarPath = work.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarPath), manifest)) {
            for (Path apiJar : apiJars) {
                copyPackages(apiJar, exports, out);
            }
        }
        return jarPath;
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyPackages(Path hostApi, Properties exports, JarOutputStream out) throws IOException {
        if (Files.isDirectory(hostApi)) {
            try (var files = Files.walk(hostApi)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = hostApi.relativize(file).toString().replace('\\', '/');
                    copyIfExported(name, Files.readAllBytes(file), exports, out);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(hostApi.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        copyIfExported(entry.getName(), in.readAllBytes(), exports, out);
                    }
                }
            }
        }
    }

    private static void copyIfExported(String name, byte[] bytes, Properties exports, JarOutputStream out) throws IOException {
        int slash = name.lastIndexOf('/');
        if (slash < 0 || !name.endsWith(".class")) {
            return;
        }
        if (exports.containsKey(name.substring(0, slash).replace('/', '.'))) {
            out.putNextEntry(new JarEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
    }
}
