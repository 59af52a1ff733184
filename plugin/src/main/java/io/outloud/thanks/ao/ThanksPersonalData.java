package io.outloud.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.PersonTables;
import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.TextsOnErasure;
import net.java.ao.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What recognition holds about a person: the thanks they gave, the thanks they received (with whether each is on their
 * card) and their choice about their quarter's summary. Thanks given for unnamed feedback are exported without whom they
 * reached (the thanker was never told). Erasing removes the thanks they received and their choice; the thanks they gave
 * are texts they wrote for others: deleted, or kept without their name (the thanked person keeps the note), as the erasure says.
 */
public class ThanksPersonalData extends PersonTables {
    private static final int PAGE = 500;

    public ThanksPersonalData(ActiveObjects ao) {
        super(ao, List.of(
                new Column("thanksGiven", AoThanks.class, AoThanks.THANKER_KEY),
                new Column("thanksReceived", AoThanks.class, AoThanks.RECEIVER_KEY),
                new Column("thanksChoice", AoThanksChoice.class, AoThanksChoice.USER_KEY)));
    }

    @Override
    public void export(String userKey, ExportSink sink) {
        sink.section("thanksGiven");
        eachThanks(AoThanks.THANKER_KEY, userKey, row -> {
            Map<String, Object> fields = fields(row);
            fields.put("receiverKey", row.isHidden() ? "" : row.getReceiverKey());
            sink.row(fields);
        });
        sink.section("thanksReceived");
        eachThanks(AoThanks.RECEIVER_KEY, userKey, row -> sink.row(fields(row)));
        sink.section("thanksChoice");
        for (AoThanksChoice choice : ao.find(AoThanksChoice.class, Query.select().where(AoThanksChoice.USER_KEY + " = ?", userKey))) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", choice.getID());
            fields.put("userKey", choice.getUserKey());
            fields.put("summaryPublic", choice.isSummaryPublic());
            sink.row(fields);
        }
    }

    private void eachThanks(String column, String userKey, java.util.function.Consumer<AoThanks> each) {
        int last = 0;
        AoThanks[] rows;
        do {
            rows = ao.find(AoThanks.class, Query.select().where(column + " = ? AND ID > ?", userKey, last).order("ID").limit(PAGE));
            for (AoThanks row : rows) {
                each.accept(row);
                last = row.getID();
            }
        } while (rows.length == PAGE);
    }

    private static Map<String, Object> fields(AoThanks row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", row.getID());
        fields.put("thankerKey", row.getThankerKey());
        fields.put("receiverKey", row.getReceiverKey());
        fields.put("occasion", row.getOccasion());
        fields.put("occasionId", row.getOccasionId());
        fields.put("note", row.getNote());
        fields.put("shown", row.isShown());
        fields.put("createdAt", row.getCreatedAt());
        return fields;
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            delete(AoThanks.class, AoThanks.RECEIVER_KEY, userKey);
            if (texts == TextsOnErasure.DELETE) {
                delete(AoThanks.class, AoThanks.THANKER_KEY, userKey);
            } else {
                // the unique key was a hash of the thanker's key: it must not lead back to them
                anonymise(AoThanks.class, AoThanks.THANKER_KEY, userKey, row -> row.setThanksKey(erasedSlot(row)));
            }
            delete(AoThanksChoice.class, AoThanksChoice.USER_KEY, userKey);
            return null;
        });
    }
}
