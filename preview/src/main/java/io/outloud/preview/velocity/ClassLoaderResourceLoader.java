package io.outloud.preview.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/** Loads templates from one plugin's ClassLoader (Velocity's ClasspathResourceLoader would use the context loader). */
final class ClassLoaderResourceLoader extends ResourceLoader {
    private final ClassLoader classLoader;

    ClassLoaderResourceLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void init(ExtProperties configuration) {
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        InputStream in = classLoader.getResourceAsStream(path);
        if (in == null) {
            throw new ResourceNotFoundException("Template not found: " + name);
        }
        try {
            return buildReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("Cannot read template " + name, e);
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false; // plugin jars do not change under a running renderer
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
