package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.rhythm.DigestRunStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link DigestRunStore} on Active Objects: a period's run row (PERIOD unique) moved on only from where it stood, and
 * one claim row per person and period (CLAIM unique).
 */
public class AoDigestRunStore implements DigestRunStore {
    private final ActiveObjects ao;

    public AoDigestRunStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<String> cursor(String period) {
        AoDigestRun[] rows = find(period);
        if (rows.length == 0) {
            try {
                ao.executeInTransaction(() -> ao.create(AoDigestRun.class, new DBParam(AoDigestRun.PERIOD, period),
                        new DBParam(AoDigestRun.CURSOR, ""), new DBParam(AoDigestRun.DONE, false)));
            } catch (RuntimeException e) {
                // another node started the period first: its row is read below
            }
            rows = find(period);
            if (rows.length == 0) {
                throw new IllegalStateException("The run of " + period + " could not be started");
            }
        }
        return rows[0].isDone() ? Optional.empty() : Optional.of(rows[0].getCursor());
    }

    @Override
    public boolean advance(String period, String from, String to, boolean done) {
        return ao.executeInTransaction(() -> {
            // Not a conditional UPDATE of the database: two runs that both read the same cursor may both move it, which
            // costs a batch read twice and no mail (each mail is claimed first).
            AoDigestRun[] rows = find(period);
            if (rows.length == 0 || rows[0].isDone() || !rows[0].getCursor().equals(from)) {
                return false;
            }
            rows[0].setCursor(to);
            rows[0].setDone(done);
            rows[0].save();
            return true;
        });
    }

    /** Kept as a run row of its own, its cursor the instant (milliseconds) of the first turn. */
    @Override
    public Instant firstTurn(Instant now) {
        String period = "first-turn";
        Optional<String> cursor = cursor(period);
        if (cursor.isPresent() && cursor.get().isEmpty()) {
            advance(period, "", String.valueOf(now.toEpochMilli()), false);
            cursor = cursor(period);
        }
        return Instant.ofEpochMilli(Long.parseLong(cursor.orElseThrow()));
    }

    @Override
    public boolean claim(String period, String userKey, Instant at) {
        String claim = claimOf(period, userKey);
        if (ao.count(AoDigestSent.class, Query.select().where(AoDigestSent.CLAIM + " = ?", claim)) > 0) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(AoDigestSent.class, new DBParam(AoDigestSent.CLAIM, claim),
                    new DBParam(AoDigestSent.PERIOD, period), new DBParam(AoDigestSent.USER_KEY, userKey),
                    new DBParam(AoDigestSent.SENT_AT, at.toEpochMilli())));
            return true;
        } catch (RuntimeException e) {
            if (ao.count(AoDigestSent.class, Query.select().where(AoDigestSent.CLAIM + " = ?", claim)) > 0) {
                return false; // a run on another node claimed the person first
            }
            throw e;
        }
    }

    private AoDigestRun[] find(String period) {
        return ao.find(AoDigestRun.class, Query.select().where(AoDigestRun.PERIOD + " = ?", period));
    }

    static String claimOf(String period, String userKey) {
        String identity = period.length() + ":" + period + "|" + userKey;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
