package io.outloud.host;

import io.outloud.notify.Notice;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Notices in Confluence's in-app notification list (the workbox behind the bell), where the host offers it: MyWork's
 * {@code LocalNotificationService}, looked up by name for each notice. Its packages are imported optionally and only
 * {@link WorkboxNotifications} names its types, so the app runs unchanged on a Confluence without it (and then
 * notifies by mail only).
 */
public class WorkboxChannel implements NoticeChannel {
    static final String SERVICE = "com.atlassian.mywork.service.LocalNotificationService";

    private final BundleContext bundle;

    public WorkboxChannel(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Override
    public void deliver(Notice notice, NoticeMessages.Message message) {
        ServiceReference<?> reference = bundle.getServiceReference(SERVICE);
        if (reference == null) {
            return;
        }
        Object service = bundle.getService(reference);
        try {
            if (service != null) {
                WorkboxNotifications.send(service, notice, message);
            }
        } finally {
            bundle.ungetService(reference);
        }
    }
}
