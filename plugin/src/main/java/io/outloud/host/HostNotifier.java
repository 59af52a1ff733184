package io.outloud.host;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.util.ArrayList;
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
        NoticeMessages.Message message = compose(notice);
        if (message != null) {
            channels.forEach(channel -> deliver(channel, notice, message));
        }
    }

    /**
     * Composes each notice once; the channels that keep notices in the app deliver now, in the caller's transaction,
     * and a failure there is thrown (the batch is then rolled back and drained again); mail is delivered by the
     * runnable returned, after the caller committed.
     */
    @Override
    public Runnable notifyInBatch(List<Notice> notices) {
        List<Runnable> later = new ArrayList<>();
        for (Notice notice : notices) {
            NoticeMessages.Message message = compose(notice);
            if (message == null) {
                continue;
            }
            for (NoticeChannel channel : channels) {
                if (channel.leavesTheApp()) {
                    later.add(() -> deliver(channel, notice, message));
                } else {
                    channel.deliver(notice, message);
                }
            }
        }
        return () -> later.forEach(Runnable::run);
    }

    /** The notice in its recipient's words, or null when nobody is to be told (or it could not be composed: logged). */
    private NoticeMessages.Message compose(Notice notice) {
        try {
            return messages.compose(notice).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Out Loud could not compose a " + notice.kind().code() + " notification", e);
            return null;
        }
    }

    private static void deliver(NoticeChannel channel, Notice notice, NoticeMessages.Message message) {
        try {
            channel.deliver(notice, message);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Out Loud could not deliver a " + notice.kind().code() + " notification through "
                    + channel.getClass().getSimpleName(), e);
        }
    }
}
