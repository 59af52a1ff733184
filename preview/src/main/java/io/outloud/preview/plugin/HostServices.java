package io.outloud.preview.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The services the host exports to plugins, by interface name: what an OSGi service reference finds. */
public final class HostServices {
    private final Map<String, Object> services = new LinkedHashMap<>();

    public <T> HostServices export(Class<T> serviceInterface, T implementation) {
        services.put(serviceInterface.getName(), implementation);
        return this;
    }

    public Optional<Object> find(String interfaceName) {
        return Optional.ofNullable(services.get(interfaceName));
    }

    public Iterable<String> names() {
        return services.keySet();
    }
}
