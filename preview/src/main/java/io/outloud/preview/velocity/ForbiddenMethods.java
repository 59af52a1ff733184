package io.outloud.preview.velocity;

import java.lang.reflect.Method;
import java.util.Set;

/** Sandbox escapes that stay blocked even if a plugin allowlists them (getClass(), Class.forName(), ...). */
final class ForbiddenMethods {
    private static final Set<String> OBJECT_INTERNALS = Set.of("getClass", "wait", "notify", "notifyAll");
    private static final Set<String> PACKAGES = Set.of("java.lang.reflect", "java.lang.invoke", "javax.script", "sun.misc", "jdk.internal.misc");
    private static final Set<Class<?>> TYPES = Set.of(Class.class, ClassLoader.class, Thread.class, ThreadGroup.class, ThreadLocal.class,
            Runtime.class, System.class, Process.class, ProcessBuilder.class, Package.class, Module.class, ModuleLayer.class,
            SecurityManager.class, StackWalker.class);

    private ForbiddenMethods() {
    }

    static boolean isForbidden(Class<?> receiverType, Method method) {
        return OBJECT_INTERNALS.contains(method.getName()) || isForbiddenType(receiverType) || isForbiddenType(method.getDeclaringClass());
    }

    static boolean isForbiddenType(Class<?> type) {
        for (Class<?> forbidden : TYPES) {
            if (forbidden.isAssignableFrom(type)) {
                return true;
            }
        }
        return type.getPackage() != null && PACKAGES.contains(type.getPackageName());
    }
}
