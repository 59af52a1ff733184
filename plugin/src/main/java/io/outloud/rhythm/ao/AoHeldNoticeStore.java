package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.notify.Notice;
import io.outloud.rhythm.Cadence;
import io.outloud.rhythm.HeldNoticeStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** {@link HeldNoticeStore} on Active Objects: one row per notice waiting for a digest. */
public class AoHeldNoticeStore implements HeldNoticeStore {
    private final ActiveObjects ao;

    public AoHeldNoticeStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void hold(List<Notice> notices, Cadence cadence, Instant at) {
        for (Notice notice : notices) {
            ao.create(AoHeldNotice.class,
                    new DBParam(AoHeldNotice.USER_KEY, notice.recipientKey()),
                    new DBParam(AoHeldNotice.CADENCE, cadence.code()),
                    new DBParam(AoHeldNotice.KIND, notice.kind().name()),
                    new DBParam(AoHeldNotice.ACTOR_KEY, notice.actorKey()),
                    new DBParam(AoHeldNotice.PAGE_ID, notice.pageId()),
                    new DBParam(AoHeldNotice.MACRO_ID, notice.macroId()),
                    new DBParam(AoHeldNotice.TEXT, notice.text()),
                    new DBParam(AoHeldNotice.REF_NUMBER, notice.number()),
                    new DBParam(AoHeldNotice.HELD_AT, at.toEpochMilli()));
        }
    }

    @Override
    public List<Notice> held(String userKey, Cadence cadence, Instant upTo, int limit) {
        return Arrays.stream(ao.find(AoHeldNotice.class, Query.select().where(mine(), userKey, cadence.code(), upTo.toEpochMilli())
                        .order(AoHeldNotice.HELD_AT + ", ID").limit(limit)))
                .map(row -> new Notice(row.getUserKey(), Notice.Kind.valueOf(row.getKind()), row.getActorKey(), row.getPageId(), row.getMacroId(),
                        row.getText(), row.getRefNumber()))
                .toList();
    }

    @Override
    public int release(String userKey, Cadence cadence, Instant upTo) {
        return ao.deleteWithSQL(AoHeldNotice.class, mine(), userKey, cadence.code(), upTo.toEpochMilli());
    }

    @Override
    public List<String> holders(Cadence cadence, String after, int limit) {
        // Rows, not people: one person's several rows collapse here, so ask for a few more and keep the first distinct ones.
        LinkedHashSet<String> people = new LinkedHashSet<>();
        String from = after;
        while (people.size() < limit) {
            AoHeldNotice[] rows = ao.find(AoHeldNotice.class, Query.select("ID, " + AoHeldNotice.USER_KEY)
                    .where(AoHeldNotice.CADENCE + " = ? AND " + AoHeldNotice.USER_KEY + " > ?", cadence.code(), from)
                    .order(AoHeldNotice.USER_KEY).limit(limit));
            if (rows.length == 0) {
                break;
            }
            for (AoHeldNotice row : rows) {
                people.add(row.getUserKey());
            }
            from = rows[rows.length - 1].getUserKey();
            if (rows.length < limit) {
                break;
            }
        }
        return people.stream().limit(limit).toList();
    }

    private static String mine() {
        return AoHeldNotice.USER_KEY + " = ? AND " + AoHeldNotice.CADENCE + " = ? AND " + AoHeldNotice.HELD_AT + " <= ?";
    }
}
