package io.outloud.host;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Notifier} into Confluence's in-app notification list (the workbox behind the bell), where the host offers it:
 * MyWork's {@code LocalNotificationService}, looked up by name for each notice. Its packages are imported optionally
 * and only {@link WorkboxNotifications} names its types, so the app runs unchanged on a Confluence without it (and
 * then notifies by mail only). A failure is logged, never thrown.
 */
public class WorkboxNotifier implements Notifier {
    static final String SERVICE = "com.atlassian.mywork.service.LocalNotificationService";
    private static final Logger LOG = Logger.getLogger(WorkboxNotifier.class.getName());

    private final BundleContext bundle;
    private final NoticeMessages messages;

    public WorkboxNotifier(BundleContext bundle, NoticeMessages messages) {
        this.bundle = bundle;
        this.messages = messages;
    }

    @Override
    public void notify(Notice notice) {
        try {
            ServiceReference<?> reference = bundle.getServiceReference(SERVICE);
            if (reference == null) {
                return;
            }
            Object service = bundle.getService(reference);
            try {
                if (service != null) {
                    messages.compose(notice).ifPresent(message -> WorkboxNotifications.send(service, notice, message));
                }
            } finally {
                bundle.ungetService(reference);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Out Loud could not add a " + notice.kind().code() + " notification to the in-app list", e);
        }
    }
}
