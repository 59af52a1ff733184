package io.outloud.spacetools.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.spacetools.ModerationLog;
import io.outloud.spacetools.ModerationRecord;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link ModerationLog} on Active Objects. */
public class AoModerationLog implements ModerationLog {
    private final ActiveObjects ao;

    public AoModerationLog(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    @Override
    public ModerationRecord add(ModerationRecord record) {
        AoModeration row = ao.create(AoModeration.class, new DBParam(AoModeration.SPACE_KEY, record.spaceKey()),
                new DBParam(AoModeration.MODERATOR_KEY, record.moderatorKey()), new DBParam(AoModeration.KIND, record.kind().name()),
                new DBParam(AoModeration.ITEM_ID, record.itemId()), new DBParam(AoModeration.PAGE_ID, record.pageId()),
                new DBParam(AoModeration.MACRO_ID, record.macroId()), new DBParam(AoModeration.AUTHOR_KEY, record.authorKey()),
                new DBParam(AoModeration.AT, record.at().toEpochMilli()));
        return toRecord(row);
    }

    @Override
    public List<ModerationRecord> forSpace(String spaceKey, Keyset after, int limit) {
        Query query = Query.select()
                .where(AoModeration.SPACE_KEY + " = ?" + KeysetSql.past(AoModeration.AT, after, false),
                        KeysetSql.parameters(List.of(spaceKey), after))
                .order(KeysetSql.order(AoModeration.AT, false))
                .limit(limit);
        return Arrays.stream(ao.find(AoModeration.class, query)).map(AoModerationLog::toRecord).toList();
    }

    private static ModerationRecord toRecord(AoModeration row) {
        return new ModerationRecord(row.getID(), row.getSpaceKey(), row.getModeratorKey(), ModerationRecord.Kind.valueOf(row.getKind()),
                row.getItemId(), row.getPageId(), row.getMacroId(), row.getAuthorKey() == null ? "" : row.getAuthorKey(),
                Instant.ofEpochMilli(row.getAt()));
    }
}
