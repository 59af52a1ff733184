package io.outloud.preview.rest;

import io.outloud.preview.plugin.PluginContainer;
import io.outloud.preview.plugin.PluginDescriptor;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The plugin's {@code <rest>} modules served as Confluence 9's REST v2 serves them: Jersey 2 under
 * /rest/{path}/{version}/, resources and providers from the module's packages created by the plugin's
 * container (constructor autowiring), endpoint access rules, {@code @WebSudoRequired} and the REST module's XSRF
 * check applied.
 */
public final class RestModules {
    /**
     * Jersey warns, for every resource registered as an instance (the plugin container builds them, as Confluence's REST
     * module does), that it "does not implement any provider interfaces" and "will be ignored" as a provider; it is
     * still served as a resource. The warning reads as a broken API to a newcomer, so exactly that warning is dropped
     * for resource classes (a provider that really is ignored still warns). Held here: a logger only weakly held by
     * java.util.logging would lose its filter.
     */
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final Set<String> RESOURCES = ConcurrentHashMap.newKeySet();

    static {
        PROVIDERS.setFilter(record -> !isResourceInstanceWarning(record.getMessage()));
    }

    private RestModules() {
    }

    static boolean isResourceInstanceWarning(String message) {
        return message != null && message.contains("does not implement any provider interfaces applicable in the SERVER runtime")
                && RESOURCES.stream().anyMatch(type -> message.contains("provider " + type + " registered"));
    }

    public static void mount(ServletContextHandler context, PluginDescriptor descriptor, PluginContainer container,
                             ClassLoader pluginLoader, AccessPolicy accessPolicy, com.atlassian.sal.api.websudo.WebSudoManager webSudo) {
        for (PluginDescriptor.RestModule module : descriptor.restModules()) {
            ResourceConfig config = new ResourceConfig();
            for (Class<?> type : componentsIn(module.packages(), pluginLoader)) {
                if (type.isAnnotationPresent(Path.class)) {
                    RESOURCES.add(type.getName());
                }
                config.register(container.createModule(type));
            }
            config.register(new AccessRuleFeature(accessPolicy));
            config.property(WebSudoFeature.PROPERTY, webSudo);
            config.register(new WebSudoFeature());
            config.register(XsrfCheckFilter.class);
            config.register(new DefaultErrorBodies());
            String mountPath = "/rest" + module.path() + "/" + module.version() + "/*";
            context.addServlet(new ServletHolder(module.key(), new ServletContainer(config)), mountPath);
        }
    }

    private static List<Class<?>> componentsIn(List<String> packages, ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                try {
                    types.add(Class.forName(candidate.getBeanClassName(), false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("REST component vanished: " + candidate.getBeanClassName(), e);
                }
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("The REST module names packages without resources: " + packages);
        }
        return types;
    }
}
