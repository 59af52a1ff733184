package io.outloud.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.thanks.Occasion;
import io.outloud.thanks.Thanks;
import io.outloud.thanks.ThanksStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ThanksStore} on Active Objects: one row per thanks, THANKS_KEY unique per thanker, occasion and thanked person. */
public class AoThanksStore implements ThanksStore {
    private final ActiveObjects ao;

    public AoThanksStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<Thanks> add(String thankerKey, String receiverKey, Occasion occasion, long occasionId, String note, boolean hidden, Instant at) {
        String thanksKey = thanksKey(thankerKey, occasion, occasionId, receiverKey);
        if (exists(thanksKey)) {
            return Optional.empty();
        }
        try {
            // In a transaction of its own: PostgreSQL aborts a transaction after a failed insert.
            AoThanks row = ao.executeInTransaction(() -> ao.create(AoThanks.class,
                    new DBParam(AoThanks.THANKER_KEY, thankerKey),
                    new DBParam(AoThanks.RECEIVER_KEY, receiverKey),
                    new DBParam(AoThanks.OCCASION, occasion.name()),
                    new DBParam(AoThanks.OCCASION_ID, occasionId),
                    new DBParam(AoThanks.THANKS_KEY, thanksKey),
                    new DBParam(AoThanks.NOTE, note),
                    new DBParam(AoThanks.HIDDEN, hidden),
                    new DBParam(AoThanks.SHOWN, false),
                    new DBParam(AoThanks.CREATED_AT, at.toEpochMilli())));
            return Optional.of(toThanks(row));
        } catch (RuntimeException e) {
            // A concurrent request thanked for the same occasion first: the unique key refused ours.
            if (exists(thanksKey)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean exists(String thanksKey) {
        return ao.count(AoThanks.class, Query.select().where(AoThanks.THANKS_KEY + " = ?", thanksKey)) > 0;
    }

    @Override
    public Optional<Thanks> find(long id) {
        AoThanks[] rows = ao.find(AoThanks.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toThanks(rows[0]));
    }

    @Override
    public List<Thanks> received(String receiverKey, Keyset after, int limit) {
        String where = AoThanks.RECEIVER_KEY + " = ?" + KeysetSql.past(AoThanks.CREATED_AT, after, false);
        return Arrays.stream(ao.find(AoThanks.class, Query.select().where(where, KeysetSql.parameters(List.of(receiverKey), after))
                .order(KeysetSql.order(AoThanks.CREATED_AT, false)).limit(limit))).map(AoThanksStore::toThanks).toList();
    }

    @Override
    public Set<Long> thankedAmong(String thankerKey, Occasion occasion, Collection<Long> occasionIds) {
        List<Object> parameters = new ArrayList<>(List.of(thankerKey, occasion.name()));
        parameters.addAll(occasionIds);
        AoThanks[] rows = ao.find(AoThanks.class, Query.select().where(AoThanks.THANKER_KEY + " = ? AND " + AoThanks.OCCASION + " = ? AND "
                + AoThanks.OCCASION_ID + " IN (" + marks(occasionIds.size()) + ")", parameters.toArray()));
        return Arrays.stream(rows).map(AoThanks::getOccasionId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public boolean setShown(long id, String receiverKey, boolean shown) {
        AoThanks[] rows = ao.find(AoThanks.class, Query.select().where("ID = ? AND " + AoThanks.RECEIVER_KEY + " = ?", id, receiverKey));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setShown(shown);
        rows[0].save();
        return true;
    }

    @Override
    public Set<String> thankersSince(String receiverKey, Instant since, int limit) {
        AoThanks[] rows = ao.find(AoThanks.class, Query.select("ID, " + AoThanks.THANKER_KEY)
                .where(AoThanks.RECEIVER_KEY + " = ? AND " + AoThanks.CREATED_AT + " >= ?", receiverKey, since.toEpochMilli())
                .order(AoThanks.CREATED_AT + " DESC").limit(limit));
        return Arrays.stream(rows).map(AoThanks::getThankerKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public List<Thanks> shownOf(Collection<String> receiverKeys, int limit) {
        List<Object> parameters = new ArrayList<>(receiverKeys);
        parameters.add(true);
        return Arrays.stream(ao.find(AoThanks.class, Query.select().where(AoThanks.RECEIVER_KEY + " IN (" + marks(receiverKeys.size()) + ") AND "
                        + AoThanks.SHOWN + " = ?", parameters.toArray()).order(KeysetSql.order(AoThanks.CREATED_AT, false)).limit(limit)))
                .map(AoThanksStore::toThanks).toList();
    }

    @Override
    public boolean summaryPublic(String userKey) {
        return ao.count(AoThanksChoice.class, Query.select().where(AoThanksChoice.USER_KEY + " = ? AND " + AoThanksChoice.SUMMARY_PUBLIC + " = ?",
                userKey, true)) > 0;
    }

    @Override
    public void setSummaryPublic(String userKey, boolean isPublic) {
        ao.executeInTransaction(() -> {
            AoThanksChoice[] rows = ao.find(AoThanksChoice.class, Query.select().where(AoThanksChoice.USER_KEY + " = ?", userKey));
            if (rows.length == 0) {
                ao.create(AoThanksChoice.class, new DBParam(AoThanksChoice.USER_KEY, userKey), new DBParam(AoThanksChoice.SUMMARY_PUBLIC, isPublic));
            } else {
                rows[0].setSummaryPublic(isPublic);
                rows[0].save();
            }
            return null;
        });
    }

    @Override
    public Set<String> summaryPublicAmong(Collection<String> userKeys) {
        List<Object> parameters = new ArrayList<>(userKeys);
        parameters.add(true);
        AoThanksChoice[] rows = ao.find(AoThanksChoice.class, Query.select().where(AoThanksChoice.USER_KEY + " IN (" + marks(userKeys.size())
                + ") AND " + AoThanksChoice.SUMMARY_PUBLIC + " = ?", parameters.toArray()));
        return Arrays.stream(rows).map(AoThanksChoice::getUserKey).collect(Collectors.toSet());
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static Thanks toThanks(AoThanks row) {
        return new Thanks(row.getID(), row.getThankerKey(), row.getReceiverKey(), Occasion.valueOf(row.getOccasion()), row.getOccasionId(),
                row.getNote(), row.isHidden(), row.isShown(), Instant.ofEpochMilli(row.getCreatedAt()));
    }

    /** A fixed-length key per thanker, occasion and thanked person (the keys together may be longer than an indexed column). */
    static String thanksKey(String thankerKey, Occasion occasion, long occasionId, String receiverKey) {
        String identity = thankerKey.length() + ":" + thankerKey + "|" + occasion.name() + "|" + occasionId + "|" + receiverKey;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
