package io.outloud.host;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Notifier} through the host's own means: the notice is composed once ({@link NoticeMessages}: recipient,
 * permission, language, texts) and handed to each channel in turn. A failure is logged, never thrown, and one
 * channel failing does not keep the others from delivering: the write the notice follows has already committed.
 */
public class HostNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(HostNotifier.class.getName());

    private final NoticeMessages messages;
    private final List<NoticeChannel> channels;

    public HostNotifier(NoticeMessages messages, List<NoticeChannel> channels) {
        this.messages = messages;
        this.channels = List.copyOf(channels);
    }

    @Override
    public void notify(Notice notice) {
        NoticeMessages.Message message;
        try {
            message = messages.compose(notice).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Out Loud could not compose a " + notice.kind().code() + " notification", e);
            return;
        }
        if (message == null) {
            return;
        }
        for (NoticeChannel channel : channels) {
            try {
                channel.deliver(notice, message);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Out Loud could not deliver a " + notice.kind().code() + " notification through "
                        + channel.getClass().getSimpleName(), e);
            }
        }
    }
}
