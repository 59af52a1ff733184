package io.outloud.preview.velocity;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.ArrayListWrapper;

/** Methods every template may call without a plugin allowlist entry: safe JDK value types and Velocity's own helpers. */
final class GlobalAllowlist {
    private static final Set<String> ANY = Set.of("*");

    private static final Map<Class<?>, Set<String>> SAFE = Map.ofEntries(
            Map.entry(String.class, ANY),
            Map.entry(Integer.class, ANY), Map.entry(Long.class, ANY), Map.entry(Short.class, ANY), Map.entry(Byte.class, ANY),
            Map.entry(Double.class, ANY), Map.entry(Float.class, ANY), Map.entry(Boolean.class, ANY), Map.entry(Character.class, ANY),
            Map.entry(Enum.class, Set.of("name", "toString")),
            Map.entry(Map.class, Set.of("get", "containsKey", "isEmpty", "size", "keySet", "values", "entrySet")),
            Map.entry(Map.Entry.class, Set.of("getKey", "getValue")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "iterator")),
            Map.entry(List.class, Set.of("get")),
            Map.entry(Iterator.class, Set.of("hasNext", "next")),
            Map.entry(Optional.class, Set.of("isPresent", "isEmpty", "get", "orElse")),
            // Velocity presents arrays as lists ($array.size(), $array[0]).
            Map.entry(ArrayListWrapper.class, Set.of("get", "size", "isEmpty", "contains")),
            // $foreach.index, $foreach.hasNext, ...
            Map.entry(ForeachScope.class, Set.of("getIndex", "getCount", "hasNext", "getHasNext", "isFirst", "getFirst", "isLast", "getLast")),
            Map.entry(Scope.class, Set.of("getParent", "getTopmost")));

    private GlobalAllowlist() {
    }

    static boolean allows(Class<?> receiverType, Method method) {
        for (Map.Entry<Class<?>, Set<String>> rule : SAFE.entrySet()) {
            Class<?> type = rule.getKey();
            boolean applies = type.isAssignableFrom(receiverType) || type.isAssignableFrom(method.getDeclaringClass());
            if (applies && (rule.getValue() == ANY || rule.getValue().contains(method.getName())) && declares(type, method)) {
                return true;
            }
        }
        return false;
    }

    /** The safe type itself must have this signature, so e.g. a Map subclass's extra get(String, int) stays blocked. */
    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
