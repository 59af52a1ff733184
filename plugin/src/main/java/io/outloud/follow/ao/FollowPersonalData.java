package io.outloud.follow.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.PersonTables;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.follow.FollowKind;

import java.util.List;

/**
 * What following holds about a person: whom and what they follow. Who follows them is nobody's to read, so it is not
 * exported; erasing removes both their follows and every follow of them.
 */
public class FollowPersonalData extends PersonTables {

    public FollowPersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("follows", AoFollow.class, AoFollow.FOLLOWER_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            delete(AoFollow.class, AoFollow.FOLLOWER_KEY, userKey);
            ao.deleteWithSQL(AoFollow.class, AoFollow.KIND + " = ? AND " + AoFollow.TARGET + " = ?", FollowKind.PERSON.name(), userKey);
            return null;
        });
    }
}
