package io.outloud.preview.velocity;

import com.atlassian.templaterenderer.RenderingException;
import java.lang.reflect.Method;
import java.util.function.Consumer;
import org.apache.velocity.util.introspection.Info;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides whether a template may invoke a method: forbidden list, then global allowlist, then the plugin's. */
final class MethodGate {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewTemplateRenderer.class);

    private final MethodAllowlist pluginAllowlist;
    private final AllowlistMode mode;
    private final Consumer<String> warningListener;

    MethodGate(MethodAllowlist pluginAllowlist, AllowlistMode mode, Consumer<String> warningListener) {
        this.pluginAllowlist = pluginAllowlist;
        this.mode = mode;
        this.warningListener = warningListener;
    }

    /** @throws RenderingException in {@link AllowlistMode#STRICT} instead of returning false */
    boolean permits(Class<?> receiverType, Method method, Info location) {
        String entry = MethodAllowlist.entryFor(method);
        if (ForbiddenMethods.isForbidden(receiverType, method)) {
            return deny("Method is never allowed in templates: " + entry, location);
        }
        if (GlobalAllowlist.allows(receiverType, method) || pluginAllowlist.allows(receiverType, method)) {
            return true;
        }
        return deny("Method needs allowlisting: " + entry, location);
    }

    /** A call Velocity's SecureIntrospector already refused (no Method to show); still fail loudly when strict. */
    void rejectForbiddenReceiver(Class<?> receiverType, String methodName, Info location) {
        deny("Method is never allowed in templates: " + receiverType.getName() + "#" + methodName + "(..)", location);
    }

    private boolean deny(String message, Info location) {
        if (mode == AllowlistMode.STRICT) {
            throw new RenderingException(message + (location == null ? "" : " at " + location));
        }
        LOG.warn(message);
        warningListener.accept(message);
        return false;
    }
}
