package io.outloud.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.PersonTables;
import io.outloud.common.privacy.TextsOnErasure;

import java.util.List;

/**
 * The privacy audit's entries that name a person (who acted, whose data was exported): exported with them; on their
 * erasure the entries stay, since they are the proof a works council asks for, but their key in them is blanked.
 */
public class AuditPersonalData extends PersonTables {

    public AuditPersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("privacyAuditActs", AoAuditEntry.class, AoAuditEntry.ACTOR_KEY),
                new Column("privacyAuditAbout", AoAuditEntry.class, AoAuditEntry.SUBJECT_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        anonymise(AoAuditEntry.class, AoAuditEntry.ACTOR_KEY, userKey, row -> {
        });
        anonymise(AoAuditEntry.class, AoAuditEntry.SUBJECT_KEY, userKey, row -> {
        });
    }
}
