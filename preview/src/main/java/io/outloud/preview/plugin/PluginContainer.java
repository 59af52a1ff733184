package io.outloud.preview.plugin;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;

/**
 * The plugin's Spring container, built as Confluence builds it: every META-INF/spring/*.xml of the plugin,
 * host services imported through {@code <osgi:reference>}, and module classes (macros, REST resources)
 * created by constructor autowiring from the plugin's beans.
 */
public final class PluginContainer implements AutoCloseable {
    private final GenericApplicationContext context;

    private PluginContainer(GenericApplicationContext context) {
        this.context = context;
    }

    public static PluginContainer start(ClassLoader pluginLoader, HostServices services) {
        return start(pluginLoader, services, null);
    }

    /**
     * The plugin's context with {@code clock} in place of the plugin's own "clock" bean (the system's), so that a
     * preview whose time a tester moves on moves it for every use case and job of the plugin; null keeps the plugin's.
     */
    public static PluginContainer start(ClassLoader pluginLoader, HostServices services, java.time.Clock clock) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(pluginLoader);
        // Gemini Blueprint gives every plugin context its bundle context under this name.
        context.getBeanFactory().registerSingleton("bundleContext", PreviewBundleContext.of(services, pluginLoader));
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(pluginLoader);
        // The XSDs are not on the class path; Confluence validates against them, we rely on the tests instead.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        reader.setNamespaceHandlerResolver(resolver(pluginLoader, services));
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(pluginLoader).getResources("classpath*:META-INF/spring/*.xml");
            if (files.length == 0) {
                throw new IllegalStateException("The plugin has no Spring context under META-INF/spring/");
            }
            reader.loadBeanDefinitions(files);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the plugin's Spring context", e);
        }
        if (clock != null) {
            context.registerBean("clock", java.time.Clock.class, () -> clock);
        }
        context.refresh();
        return new PluginContainer(context);
    }

    /** A module instance as the plugin system makes it: its class, constructor-autowired from the container. */
    public <T> T createModule(Class<T> moduleClass) {
        Object module = context.getAutowireCapableBeanFactory()
                .createBean(moduleClass, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        return moduleClass.cast(module);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    private static NamespaceHandlerResolver resolver(ClassLoader loader, HostServices services) {
        NamespaceHandlerResolver defaults = new DefaultNamespaceHandlerResolver(loader);
        NamespaceHandler osgi = new OsgiReferenceNamespaceHandler(services);
        osgi.init();
        return namespaceUri -> OsgiReferenceNamespaceHandler.NAMESPACE.equals(namespaceUri) ? osgi : defaults.resolve(namespaceUri);
    }
}
