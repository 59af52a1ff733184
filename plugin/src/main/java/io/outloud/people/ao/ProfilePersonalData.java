package io.outloud.people.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import java.util.List;

/** The person's profile (what they are open to talk about): exported, and erased with them. */
public class ProfilePersonalData extends PersonTables {

    public ProfilePersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("profile", AoProfile.class, AoProfile.USER_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        delete(AoProfile.class, AoProfile.USER_KEY, userKey);
    }
}
