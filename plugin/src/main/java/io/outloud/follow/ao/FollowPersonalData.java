package io.outloud.follow.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.PersonTables;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.follow.FollowKind;

import net.java.ao.Query;

import java.util.List;
import java.util.Optional;

/**
 * What following holds about a person: whom and what they follow. Who follows them is nobody's to read, so it is not
 * exported; erasing removes both their follows and every follow of them.
 */
public class FollowPersonalData extends PersonTables {

    public FollowPersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("follows", AoFollow.class, AoFollow.FOLLOWER_KEY)));
    }

    /**
     * The next person this table holds data of: a follower, or a followed person (the follows of them are theirs to
     * erase too), so that the daily sweep also finds someone who is only followed.
     */
    @Override
    public Optional<String> nextHolder(String after) {
        Optional<String> follower = super.nextHolder(after);
        AoFollow[] followed = ao.find(AoFollow.class, Query.select("ID, " + AoFollow.TARGET)
                .where(AoFollow.KIND + " = ? AND " + AoFollow.TARGET + " > ?", FollowKind.PERSON.name(), after).order(AoFollow.TARGET).limit(1));
        if (followed.length == 0) {
            return follower;
        }
        String target = followed[0].getTarget();
        return follower.filter(key -> key.compareTo(target) < 0).or(() -> Optional.of(target));
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
