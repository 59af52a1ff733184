package io.outloud.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.outloud.privacy.PersonStates;

/**
 * {@link PersonStates} through Confluence's user accessor: a key no directory holds any more is a removed person
 * ({@code getExistingUserByKey}: {@code getUserByKey} may still answer for them from Confluence's key mapping).
 */
public class ConfluencePersonStates implements PersonStates {
    private final UserAccessor users;

    public ConfluencePersonStates(UserAccessor users) {
        this.users = users;
    }

    @Override
    public State of(String userKey) {
        ConfluenceUser user = users.getExistingUserByKey(new UserKey(userKey));
        if (user == null) {
            return State.REMOVED;
        }
        return users.isDeactivated(user) ? State.DEACTIVATED : State.ACTIVE;
    }
}
