package io.outloud.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import java.util.List;

/** The person's own notification list: exported, and erased with them. */
public class NoticePersonalData extends PersonTables {

    public NoticePersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("notifications", AoNotice.class, AoNotice.RECIPIENT_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        delete(AoNotice.class, AoNotice.RECIPIENT_KEY, userKey);
    }
}
