package io.outloud.preview.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Confluence's task queues as far as plugins use them: the queue "mail", whose items Confluence's job sends through
 * the site's SMTP server. The preview has no mail server: each mail lands in the outbox of the person whose
 * profile has the address (table PV_OUTBOX), where /outbox shows it. Other queues are refused, as an unknown queue
 * would never run its tasks.
 */
public final class PreviewMailQueue implements MultiQueueTaskManager {
    public static final String MAIL = "mail";

    private final Jdbc jdbc;

    public PreviewMailQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One mail as the outbox keeps it: for a user (null when no profile has the address), newest first. */
    public record Mail(long id, String userKey, String toAddress, String subject, String htmlBody, Instant queuedAt) {
    }

    @Override
    public void addTask(String queueName, Task task) {
        if (!MAIL.equals(queueName) || !(task instanceof ConfluenceMailQueueItem item)) {
            throw new IllegalArgumentException("The preview runs only the \"mail\" queue of Confluence mail items, not " + queueName);
        }
        String to = toAddress(item);
        String userKey = jdbc.queryOne("SELECT USER_KEY FROM PV_USER WHERE EMAIL = ?", row -> row.getString(1), to).orElse(null);
        jdbc.insert("INSERT INTO PV_OUTBOX (USER_KEY, TO_ADDRESS, SUBJECT, BODY, QUEUED_AT) VALUES (?, ?, ?, ?, ?)",
                userKey, to, item.getSubject(), item.getBody(), Timestamp.from(Instant.now()));
    }

    /** The outbox of one person, newest first. */
    public List<Mail> outbox(String userKey, int limit) {
        return jdbc.query("SELECT ID, USER_KEY, TO_ADDRESS, SUBJECT, BODY, QUEUED_AT FROM PV_OUTBOX WHERE USER_KEY = ? ORDER BY ID DESC LIMIT "
                        + Math.max(1, Math.min(limit, 200)),
                row -> new Mail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getTimestamp(6).toInstant()), userKey);
    }

    /**
     * The recipient, as the mail server reads it: the real class has no public getter for it, so the preview's
     * stand-in for the SMTP side reads the field the item was built with.
     */
    private static String toAddress(ConfluenceMailQueueItem item) {
        try {
            Field field = ConfluenceMailQueueItem.class.getDeclaredField("toAddress");
            field.setAccessible(true);
            return (String) field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the mail's address", e);
        }
    }
}
