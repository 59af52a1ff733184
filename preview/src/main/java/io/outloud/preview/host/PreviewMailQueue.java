package io.outloud.preview.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Confluence's task queues as far as plugins use them: the queue "mail", whose job runs each task's
 * {@link Task#execute()}; a task sends its mail item ({@link ConfluenceMailQueueItem#send()}) through the site's
 * SMTP server. As in Confluence 8.x-10.x, {@code ConfluenceMailQueueItem} is not a Task: an object that is not a Task
 * (bytecode compiled against the old shape passes the item itself, which the JVM lets through an interface-typed
 * parameter) is refused here, where Confluence's job would fail with an {@code IncompatibleClassChangeError} and lose
 * the mail. The preview runs a task at once. It has no mail server: each mail sent lands in the outbox of the person
 * whose profile has the address (table PV_OUTBOX), where /outbox shows it. A task that fails is logged, as
 * Confluence's queue moves it to its error queue; the plugin never hears of it. Other queues are refused, as an
 * unknown queue would never run its tasks.
 */
public final class PreviewMailQueue implements MultiQueueTaskManager {
    public static final String MAIL = "mail";
    private static final Logger LOG = Logger.getLogger(PreviewMailQueue.class.getName());

    private final Jdbc jdbc;

    public PreviewMailQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One mail as the outbox keeps it: for a user (null when no profile has the address), newest first. */
    public record Mail(long id, String userKey, String toAddress, String subject, String htmlBody, Instant queuedAt) {
    }

    @Override
    public void addTask(String queueName, Task task) {
        if (!MAIL.equals(queueName)) {
            throw new IllegalArgumentException("The preview runs only Confluence's \"mail\" queue, not " + queueName);
        }
        Object queued = task;
        if (!(queued instanceof Task)) {
            throw new IllegalArgumentException("Not a Task: " + (queued == null ? "null" : queued.getClass().getName())
                    + ". Confluence's mail queue calls execute() on it and fails with IncompatibleClassChangeError; the mail is lost");
        }
        try {
            ConfluenceMailQueueItem.runWithMailServer(this::deliver, task);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A task of the mail queue failed: " + task, e);
        }
    }

    /** The preview's SMTP server: the mail lands in the outbox of whoever has the address. */
    private void deliver(ConfluenceMailQueueItem item) {
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
