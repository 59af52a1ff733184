package io.outloud.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import java.util.List;

/** The person's preferences (not to be named in lists): exported, and erased with them. */
public class PreferencePersonalData extends PersonTables {

    public PreferencePersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("preferences", AoPreference.class, AoPreference.USER_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        delete(AoPreference.class, AoPreference.USER_KEY, userKey);
    }
}
