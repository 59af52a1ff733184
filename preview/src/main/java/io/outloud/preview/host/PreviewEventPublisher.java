package io.outloud.preview.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Atlassian Events as plugins meet them: listeners are objects with {@code @EventListener} methods taking one
 * parameter; an event reaches every such method whose parameter type it is an instance of. Dispatched on the
 * publishing thread (as Confluence does for these page events); a failing listener is logged, not rethrown.
 */
public final class PreviewEventPublisher implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(PreviewEventPublisher.class.getName());
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.log(Level.SEVERE, "Listener " + method + " failed on " + event.getClass().getSimpleName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }
}
