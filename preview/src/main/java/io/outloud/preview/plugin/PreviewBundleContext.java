package io.outloud.preview.plugin;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.lang.reflect.Proxy;

/**
 * The plugin's OSGi bundle context as far as it uses it: looking up a host service by interface name (and giving it
 * back). Answered from the same host services the {@code <osgi:reference>} elements resolve to; every other member
 * of BundleContext is refused, so a new use shows up at once.
 */
final class PreviewBundleContext {
    private PreviewBundleContext() {
    }

    static BundleContext of(HostServices services, ClassLoader loader) {
        return (BundleContext) Proxy.newProxyInstance(loader, new Class<?>[]{BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getServiceReference" -> args[0] instanceof String name && services.find(name).isPresent() ? reference(name, loader) : null;
            case "getService" -> services.find(((Named) Proxy.getInvocationHandler(args[0])).name()).orElse(null);
            case "ungetService" -> true;
            case "toString" -> "preview bundle context";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("The preview's bundle context does not offer " + method.getName());
        });
    }

    private static ServiceReference<?> reference(String name, ClassLoader loader) {
        return (ServiceReference<?>) Proxy.newProxyInstance(loader, new Class<?>[]{ServiceReference.class}, new Named(name));
    }

    /** A service reference: which service it names. */
    private record Named(String name) implements java.lang.reflect.InvocationHandler {
        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            return switch (method.getName()) {
                case "toString" -> "reference to " + name;
                case "hashCode" -> name.hashCode();
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("The preview's service reference does not offer " + method.getName());
            };
        }
    }
}
