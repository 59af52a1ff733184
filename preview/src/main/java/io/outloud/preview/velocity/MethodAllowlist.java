package io.outloud.preview.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A plugin's Velocity method allowlist: entries of the form
 * {@code fully.qualified.ClassName#methodName(fully.qualified.ParamType, ...)}, as declared in
 * {@code <velocity-allowlist>} modules of atlassian-plugin.xml.
 */
public final class MethodAllowlist {
    private static final MethodAllowlist EMPTY = new MethodAllowlist(Set.of());

    private final Set<String> entries;

    private MethodAllowlist(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    public static MethodAllowlist empty() {
        return EMPTY;
    }

    /** @throws IllegalArgumentException for an entry that is not {@code Class#method(Types)} */
    public static MethodAllowlist of(Collection<String> entries) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String entry : entries) {
            normalized.add(normalize(entry));
        }
        return new MethodAllowlist(normalized);
    }

    public static MethodAllowlist of(String... entries) {
        return of(Arrays.asList(entries));
    }

    /** Reads every {@code <velocity-allowlist><method>…</method></velocity-allowlist>} module. */
    public static MethodAllowlist fromDescriptor(Document descriptor) {
        Set<String> found = new LinkedHashSet<>();
        NodeList modules = descriptor.getElementsByTagName("velocity-allowlist");
        for (int m = 0; m < modules.getLength(); m++) {
            NodeList methods = ((Element) modules.item(m)).getElementsByTagName("method");
            for (int i = 0; i < methods.getLength(); i++) {
                found.add(methods.item(i).getTextContent());
            }
        }
        return of(found);
    }

    public Set<String> entries() {
        return entries;
    }

    /** True if an entry names the method on the receiver's type or any of its supertypes/interfaces. */
    public boolean allows(Class<?> receiverType, Method method) {
        if (entries.isEmpty()) {
            return false;
        }
        String signature = "#" + method.getName() + "(" + parameterList(method, ",") + ")";
        for (Class<?> type : typeHierarchy(receiverType, method.getDeclaringClass())) {
            if (entries.contains(type.getName() + signature)) {
                return true;
            }
        }
        return false;
    }

    /** The entry a plugin would add to allow this method, as shown in "Method needs allowlisting". */
    static String entryFor(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "(" + parameterList(method, ", ") + ")";
    }

    private static String parameterList(Method method, String separator) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(separator));
    }

    private static String normalize(String entry) {
        String compact = entry.replaceAll("\\s+", "");
        int hash = compact.indexOf('#');
        int open = compact.indexOf('(');
        if (hash <= 0 || open < hash + 2 || !compact.endsWith(")")) {
            throw new IllegalArgumentException("Invalid velocity-allowlist entry (want Class#method(ParamTypes)): " + entry);
        }
        return compact;
    }

    private static Set<Class<?>> typeHierarchy(Class<?>... roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(Arrays.asList(roots));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type != null && seen.add(type)) {
                if (type.getSuperclass() != null) {
                    pending.push(type.getSuperclass());
                }
                pending.addAll(Arrays.asList(type.getInterfaces()));
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        return "MethodAllowlist" + entries;
    }
}
