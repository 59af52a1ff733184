package io.outloud.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.ao.KeysetSql;
import io.outloud.settings.AuditEntry;
import io.outloud.settings.AuditKind;
import io.outloud.settings.AuditStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link AuditStore} on Active Objects: one insert per entry, a keyset page newest first. */
public class AoAuditStore implements AuditStore {
    private final ActiveObjects ao;

    public AoAuditStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void add(Instant at, String actorKey, AuditKind kind, String subjectKey, String detail) {
        ao.create(AoAuditEntry.class, new DBParam(AoAuditEntry.AT, at.toEpochMilli()), new DBParam(AoAuditEntry.ACTOR_KEY, actorKey),
                new DBParam(AoAuditEntry.KIND, kind.code()), new DBParam(AoAuditEntry.SUBJECT_KEY, subjectKey),
                new DBParam(AoAuditEntry.DETAIL, detail));
    }

    @Override
    public Page<AuditEntry> page(PageRequest request) {
        Keyset after = request.after();
        String where = AoAuditEntry.AT + " >= ?" + KeysetSql.past(AoAuditEntry.AT, after, false);
        List<AuditEntry> fetched = Arrays.stream(ao.find(AoAuditEntry.class, Query.select()
                        .where(where, KeysetSql.parameters(List.of(0L), after))
                        .order(KeysetSql.order(AoAuditEntry.AT, false)).limit(request.fetch())))
                .map(AoAuditStore::entry)
                .toList();
        return Page.of(fetched, request, entry -> Keyset.of(entry.at(), entry.id()));
    }

    private static AuditEntry entry(AoAuditEntry row) {
        return new AuditEntry(row.getID(), Instant.ofEpochMilli(row.getAt()), row.getActorKey(),
                AuditKind.fromCode(row.getKind()).orElse(AuditKind.SETTING_CHANGED), row.getSubjectKey(),
                row.getDetail() == null ? "" : row.getDetail());
    }
}
