package io.outloud.privacy.listener;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.outloud.privacy.PersonalDataService;

/**
 * Confluence removed a user: the app forgets them at once (what they wrote for others stays, without a name). Users a
 * directory synchronisation removes fire no event; the daily sweep finds those.
 */
public class UserRemovalListener {
    private final EventPublisher events;
    private final PersonalDataService personalData;

    public UserRemovalListener(EventPublisher events, PersonalDataService personalData) {
        this.events = events;
        this.personalData = personalData;
    }

    public void register() {
        events.register(this);
    }

    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onUserRemove(UserRemoveEvent event) {
        if (event.getUser() instanceof ConfluenceUser user && user.getKey() != null) {
            personalData.removedByHost(user.getKey().getStringValue());
        }
    }
}
