package io.outloud.host;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.notify.Mailer;

/**
 * {@link Mailer} through Confluence's mail queue, as {@link MailChannel} sends notices: a {@link MailTask} to the
 * address on the recipient's profile; a person without one (or no longer known) is skipped.
 */
public class QueueMailer implements Mailer {
    private final UserManager users;
    private final MultiQueueTaskManager taskManager;

    public QueueMailer(UserManager users, MultiQueueTaskManager taskManager) {
        this.users = users;
        this.taskManager = taskManager;
    }

    @Override
    public void send(String recipientKey, String subject, String html) {
        UserProfile user = users.getUserProfile(new UserKey(recipientKey));
        String address = user == null ? null : user.getEmail();
        if (address != null && !address.isBlank()) {
            taskManager.addTask(MailChannel.MAIL_QUEUE, new MailTask(address, subject, html));
        }
    }
}
