package io.outloud.plugin;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checks behind {@link HostApiContractTest}: host-api/SOURCES.md is the contract of what Confluence 9.2 and 10.2
 * really offer, one row per declared type or member, and plugin code may use only what a row marks {@code both}.
 *
 * <p>Names are JVM binary names: {@code com.atlassian.confluence.macro.Macro$BodyType} for a nested type,
 * {@code Owner#name} for a member, {@code Owner#<init>} for constructors. Overloads share their row.
 */
final class HostApiContract {
    /** The packages host-api declares stand-ins in: everything the plugin takes from the host through them. */
    static final List<String> HOST_PACKAGES = List.of("com.atlassian.", "net.java.ao.");
    static final String HEADER = "| Member | Confluence 9.2 (9.x) | Confluence 10.2 (10.x) | Lines | Notes |";
    static final Set<String> LINES = Set.of("both", "9.2 only", "10.2 only", "unconfirmed");

    private HostApiContract() {
    }

    static boolean isHost(String className) {
        return HOST_PACKAGES.stream().anyMatch(className::startsWith);
    }

    /** The table of SOURCES.md: member to its Lines value, in file order. Malformed rows are an error. */
    static Map<String, String> parse(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inTable = false;
        int lineNo = 0;
        for (String line : markdown.split("\n", -1)) {
            lineNo++;
            String trimmed = line.strip();
            if (!inTable) {
                inTable = trimmed.equals(HEADER);
                continue;
            }
            if (trimmed.startsWith("|---") || trimmed.startsWith("| ---")) {
                continue;
            }
            if (!trimmed.startsWith("|")) {
                break; // the table ends at its first non-row line
            }
            List<String> cells = cells(trimmed);
            if (cells.size() != 5) {
                throw new IllegalArgumentException("SOURCES.md line " + lineNo + ": expected 5 cells, found " + cells.size());
            }
            String member = cells.get(0).replace("`", "").strip();
            String lines = cells.get(3).strip();
            if (!LINES.contains(lines)) {
                throw new IllegalArgumentException("SOURCES.md line " + lineNo + ": Lines must be one of " + LINES + ", was '" + lines + "'");
            }
            if (lines.equals("both") && (!cells.get(1).contains("http") || !cells.get(2).contains("http"))) {
                throw new IllegalArgumentException("SOURCES.md line " + lineNo + ": " + member + " is marked both without a page for each line");
            }
            if (rows.put(member, lines) != null) {
                throw new IllegalArgumentException("SOURCES.md line " + lineNo + ": a second row for " + member);
            }
        }
        if (!inTable) {
            throw new IllegalArgumentException("SOURCES.md has no table headed " + HEADER);
        }
        return rows;
    }

    private static List<String> cells(String row) {
        // Split on unescaped pipes; a cell may hold "\|" (as in a Markdown table) but not code spans with pipes.
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /**
     * What the given classes take from the host: each used member ({@code Owner#name}, owner as declared in host-api)
     * and each host type they depend on at all (as supertype, annotation, parameter, field, cast...), mapped to where.
     */
    static Map<String, Set<String>> usedBy(JavaClasses classes) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                // Name the member where it is declared: a call through a subtype (a plugin entity's save(), say)
                // links to the member a host type declares.
                String owner = target.getOwner().getName();
                String declaring = target.resolveMember().map(m -> m.getOwner().getName()).orElse(owner);
                if (!isHost(declaring) || isObjectMethod(target) || isImplicitEnumMethod(target)) {
                    continue; // Object's and Throwable's members are every class's; values()/valueOf() every enum's
                }
                used.computeIfAbsent(declaring + "#" + target.getName(), k -> new TreeSet<>())
                        .add(access.getOriginOwner().getName() + " " + access.getSourceCodeLocation());
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (isHost(target.getName())) {
                    used.computeIfAbsent(target.getName(), k -> new TreeSet<>())
                            .add(dependency.getOriginClass().getName() + " " + dependency.getSourceCodeLocation());
                }
            }
            // Annotations on parameters are not dependencies in every ArchUnit version: add them explicitly.
            for (JavaMember member : javaClass.getMembers()) {
                if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit codeUnit) {
                    for (JavaParameter parameter : codeUnit.getParameters()) {
                        for (JavaAnnotation<JavaParameter> annotation : parameter.getAnnotations()) {
                            String type = annotation.getRawType().getName();
                            if (isHost(type)) {
                                used.computeIfAbsent(type, k -> new TreeSet<>()).add(codeUnit.getFullName());
                            }
                        }
                    }
                }
            }
        }
        return used;
    }

    private static boolean isObjectMethod(AccessTarget target) {
        if (!(target instanceof AccessTarget.MethodCallTarget call)) {
            return false;
        }
        Class<?>[] parameters = call.getRawParameterTypes().stream().map(JavaClass::reflect).toArray(Class<?>[]::new);
        try {
            Object.class.getMethod(target.getName(), parameters);
            return true;
        } catch (NoSuchMethodException notObjects) {
            return false;
        }
    }

    private static boolean isImplicitEnumMethod(AccessTarget target) {
        return target.getOwner().isEnum() && (target.getName().equals("values") || target.getName().equals("valueOf"));
    }

    /** Each used member or type without a row whose Lines is {@code both}, with where it is used and what its row says. */
    static List<String> notOnBothLines(Map<String, Set<String>> used, Map<String, String> table) {
        return notOnBothLines(used, table, Set.of());
    }

    /**
     * As above, except the members SOURCES.md lists, by name, as in use before they were confirmed: allowed only while
     * their row says {@code unconfirmed} (never {@code 9.2 only}, {@code 10.2 only} or no row).
     */
    static List<String> notOnBothLines(Map<String, Set<String>> used, Map<String, String> table, Set<String> inUseUnconfirmed) {
        List<String> offenders = new ArrayList<>();
        used.forEach((member, where) -> {
            String lines = table.get(member);
            boolean accepted = "unconfirmed".equals(lines) && inUseUnconfirmed.contains(member);
            if (!"both".equals(lines) && !accepted) {
                offenders.add(member + " (" + (lines == null ? "no row in SOURCES.md" : "Lines: " + lines) + "), used at "
                        + where.iterator().next() + (where.size() > 1 ? " and " + (where.size() - 1) + " more" : ""));
            }
        });
        return offenders;
    }

    static final String IN_USE_UNCONFIRMED = "## In use before confirmed on both lines";

    /** The members listed (one {@code - `member`} line each) under {@link #IN_USE_UNCONFIRMED}, up to the next heading. */
    static Set<String> inUseUnconfirmed(String markdown) {
        Set<String> listed = new TreeSet<>();
        boolean inList = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                inList = trimmed.equals(IN_USE_UNCONFIRMED);
            } else if (inList && trimmed.startsWith("- `")) {
                listed.add(trimmed.substring(3, trimmed.indexOf('`', 3)));
            }
        }
        return listed;
    }

    /** Listed as in use before confirmed, but confirmed meanwhile (then take it off the list) or no longer used. */
    static List<String> staleInUseUnconfirmed(Set<String> listed, Map<String, Set<String>> used, Map<String, String> table) {
        return listed.stream().filter(m -> !used.containsKey(m) || !"unconfirmed".equals(table.get(m))).toList();
    }

    /** Rows that name a type or member host-api does not declare (stale after a declaration changed). */
    static List<String> staleRows(Map<String, String> table, Map<String, Set<String>> declared) {
        List<String> stale = new ArrayList<>();
        for (String member : table.keySet()) {
            String type = member.contains("#") ? member.substring(0, member.indexOf('#')) : member;
            Set<String> members = declared.get(type);
            if (members == null || (member.contains("#") && !members.contains(member))) {
                stale.add(member);
            }
        }
        return stale;
    }

    /** Declared types and members that have no row. */
    static List<String> undocumented(Map<String, String> table, Map<String, Set<String>> declared) {
        List<String> missing = new ArrayList<>();
        declared.forEach((type, members) -> {
            if (!table.containsKey(type)) {
                missing.add(type);
            }
            members.stream().filter(m -> !table.containsKey(m)).forEach(missing::add);
        });
        return missing;
    }

    /**
     * Every type host-api declares, by reflection, with its API members ({@code Type#name}): public and protected
     * constructors, methods and fields it declares itself; not synthetic ones, not an enum's implicit values()/valueOf(),
     * not overrides of Object's methods.
     */
    static Map<String, Set<String>> declaredByHostApi(Class<?> anyHostApiClass) {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (String name : classNamesBeside(anyHostApiClass)) {
            Class<?> type = load(name);
            if (type.isSynthetic() || type.isAnonymousClass() || !isApi(type.getModifiers())) {
                continue;
            }
            Set<String> members = new TreeSet<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (!c.isSynthetic() && isApi(c.getModifiers()) && !type.isEnum()) {
                    members.add(name + "#<init>");
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge() || !isApi(m.getModifiers()) || overridesObject(m)
                        || (type.isEnum() && isEnumImplicit(m))) {
                    continue;
                }
                members.add(name + "#" + m.getName());
            }
            for (Field f : type.getDeclaredFields()) {
                if (!f.isSynthetic() && isApi(f.getModifiers())) {
                    members.add(name + "#" + f.getName());
                }
            }
            declared.put(name, members);
        }
        return declared;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean overridesObject(Method m) {
        try {
            Object.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException no) {
            return false;
        }
    }

    private static boolean isEnumImplicit(Method m) {
        return (m.getName().equals("values") && m.getParameterCount() == 0)
                || (m.getName().equals("valueOf") && Arrays.equals(m.getParameterTypes(), new Class<?>[]{String.class}));
    }

    /** The host-api classes: every class file in the directory or jar the given host-api class was loaded from. */
    private static List<String> classNamesBeside(Class<?> anyHostApiClass) {
        try {
            URI location = anyHostApiClass.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path root = Path.of(location);
            if (Files.isDirectory(root)) {
                return classNamesUnder(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                return classNamesUnder(jar.getPath("/"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list host-api's classes", e);
        }
    }

    private static List<String> classNamesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class")
                            && !p.getFileName().toString().equals("package-info.class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .filter(HostApiContract::isHost)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, Class<?>> PRIMITIVES = new HashMap<>();

    static {
        for (Class<?> p : new Class<?>[]{boolean.class, byte.class, char.class, short.class, int.class, long.class,
                float.class, double.class, void.class}) {
            PRIMITIVES.put(p.getName(), p);
        }
    }

    private static Class<?> load(String name) {
        Class<?> primitive = PRIMITIVES.get(name);
        if (primitive != null) {
            return primitive;
        }
        try {
            return Class.forName(name, false, HostApiContract.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("not on the test class path: " + name, e);
        }
    }
}
