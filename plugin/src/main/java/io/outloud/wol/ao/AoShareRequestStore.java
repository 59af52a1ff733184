package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@link ShareRequestStore} on Active Objects. */
public class AoShareRequestStore implements ShareRequestStore {
    private static final String OPEN = ShareRequest.State.OPEN.code();

    private final ActiveObjects ao;

    public AoShareRequestStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<ShareRequest> create(String askerKey, String askeeKey, String topic, long pageId, String macroId, Instant at) {
        String openKey = openKey(askerKey, askeeKey, topic);
        try {
            // In a transaction of its own: PostgreSQL aborts a transaction after a failed insert.
            return Optional.of(ao.executeInTransaction(() -> toRequest(ao.create(AoShareRequest.class,
                    new DBParam(AoShareRequest.ASKER_KEY, askerKey),
                    new DBParam(AoShareRequest.ASKEE_KEY, askeeKey),
                    new DBParam(AoShareRequest.TOPIC, topic),
                    new DBParam(AoShareRequest.PAGE_ID, pageId),
                    new DBParam(AoShareRequest.MACRO_ID, emptyToNull(macroId)),
                    new DBParam(AoShareRequest.STATE, OPEN),
                    new DBParam(AoShareRequest.OPEN_KEY, openKey),
                    new DBParam(AoShareRequest.TOPIC_KEY, openKey),
                    new DBParam(AoShareRequest.CREATED_AT, at.toEpochMilli()),
                    new DBParam(AoShareRequest.ANSWER_PAGE_ID, 0L),
                    new DBParam(AoShareRequest.CLOSED_AT, 0L)))));
        } catch (RuntimeException e) {
            // The open key refused a second open request; anything else is a real failure and goes on.
            if (ao.count(AoShareRequest.class, Query.select().where(AoShareRequest.OPEN_KEY + " = ?", openKey)) > 0) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<ShareRequest> find(long id) {
        return row(id).map(AoShareRequestStore::toRequest);
    }

    @Override
    public List<ShareRequest> openFor(String askeeKey, Keyset before, int limit) {
        String where = AoShareRequest.ASKEE_KEY + " = ? AND " + AoShareRequest.STATE + " = ?" + KeysetSql.past(AoShareRequest.CREATED_AT, before, false);
        return newestFirst(where, KeysetSql.parameters(List.of(askeeKey, OPEN), before), limit);
    }

    @Override
    public List<ShareRequest> askedBy(String askerKey, Keyset before, int limit) {
        String where = AoShareRequest.ASKER_KEY + " = ?" + KeysetSql.past(AoShareRequest.CREATED_AT, before, false);
        return newestFirst(where, KeysetSql.parameters(List.of(askerKey), before), limit);
    }

    private List<ShareRequest> newestFirst(String where, Object[] parameters, int limit) {
        return map(ao.find(AoShareRequest.class, Query.select().where(where, parameters)
                .order(KeysetSql.order(AoShareRequest.CREATED_AT, false)).limit(limit)));
    }

    @Override
    public int countOpenAskedBy(String askerKey) {
        return ao.count(AoShareRequest.class, Query.select()
                .where(AoShareRequest.ASKER_KEY + " = ? AND " + AoShareRequest.STATE + " = ?", askerKey, OPEN));
    }

    @Override
    public boolean declinedSince(String askerKey, String askeeKey, String topic, Instant since) {
        return ao.count(AoShareRequest.class, Query.select().where(AoShareRequest.TOPIC_KEY + " = ? AND " + AoShareRequest.STATE + " = ? AND "
                + AoShareRequest.CLOSED_AT + " >= ?", openKey(askerKey, askeeKey, topic), ShareRequest.State.DECLINED.code(), since.toEpochMilli())) > 0;
    }

    @Override
    public boolean answer(long id, long pageId, String macroId, Instant at) {
        return close(id, ShareRequest.State.ANSWERED, pageId, macroId, at);
    }

    @Override
    public boolean decline(long id, Instant at) {
        return close(id, ShareRequest.State.DECLINED, 0L, null, at);
    }

    @Override
    public List<ShareRequest> answeredOnPage(long pageId) {
        return map(ao.find(AoShareRequest.class, Query.select()
                .where(AoShareRequest.ANSWER_PAGE_ID + " = ? AND " + AoShareRequest.STATE + " = ?", pageId,
                        ShareRequest.State.ANSWERED.code()).order("ID ASC")));
    }

    /** The requests stay (they belong to the two people); they forget the purged page: where asked, where answered. */
    @Override
    public int deleteByPage(long pageId) {
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (AoShareRequest row : ao.find(AoShareRequest.class, Query.select()
                    .where(AoShareRequest.PAGE_ID + " = ? OR " + AoShareRequest.ANSWER_PAGE_ID + " = ?", pageId, pageId))) {
                if (row.getPageId() == pageId) {
                    row.setPageId(0L);
                    row.setMacroId(null);
                }
                if (row.getAnswerPageId() == pageId) {
                    row.setAnswerPageId(0L);
                    row.setAnswerMacroId(null);
                }
                row.save();
                changed++;
            }
            return changed;
        });
    }

    /** Closes an open request, in one transaction; false when the request is missing or no longer open (see the port on races). */
    private boolean close(long id, ShareRequest.State state, long answerPageId, String answerMacroId, Instant at) {
        return ao.executeInTransaction(() -> {
            Optional<AoShareRequest> found = row(id).filter(r -> OPEN.equals(r.getState()));
            if (found.isEmpty()) {
                return false;
            }
            AoShareRequest row = found.get();
            row.setState(state.code());
            row.setOpenKey("closed-" + row.getID());
            row.setAnswerPageId(answerPageId);
            row.setAnswerMacroId(answerMacroId);
            row.setClosedAt(at.toEpochMilli());
            row.save();
            return true;
        });
    }

    private Optional<AoShareRequest> row(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoShareRequest.class, (int) id));
    }

    /** Same asker, askee and topic (case and spacing aside) while open: 64 hex characters, whatever the lengths. */
    static String openKey(String askerKey, String askeeKey, String topic) {
        String identity = askerKey + "\n" + askeeKey + "\n" + topic.toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<ShareRequest> map(AoShareRequest[] rows) {
        return Arrays.stream(rows).map(AoShareRequestStore::toRequest).toList();
    }

    private static ShareRequest toRequest(AoShareRequest row) {
        return new ShareRequest(row.getID(), row.getAskerKey(), row.getAskeeKey(), row.getTopic(), row.getPageId(),
                nullToEmpty(row.getMacroId()), ShareRequest.State.fromCode(row.getState()).orElse(ShareRequest.State.OPEN),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getAnswerPageId(), nullToEmpty(row.getAnswerMacroId()));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
