package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A member's ask of their community: table AO_xxxxxx_COMMUNITY_ASK. It is also the ask's place in the fan-out queue:
 * TOLD_UP_TO is the id of the last membership row told (members are told in the order of their row's id), TOLD_ALL
 * says the fan-out is over. ASK_SLOT ("community/asker/day/n", unique) numbers an asker's asks of a day, so that the
 * limit per day is exact under concurrent asks; a removed ask keeps its slot (removing does not give an ask back).
 */
@Preload
@Table("COMMUNITY_ASK")
public interface AoCommunityAsk extends Entity {
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String ASKER_KEY = "ASKER_KEY";
    String TEXT = "TEXT";
    String CREATED_AT = "CREATED_AT";
    String ASK_SLOT = "ASK_SLOT";
    String TOLD_UP_TO = "TOLD_UP_TO";
    String TOLD_ALL = "TOLD_ALL";
    String REMOVED = "REMOVED";

    @NotNull
    @Indexed
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String key);

    @NotNull
    @Indexed
    @StringLength(255)
    String getAskerKey();

    void setAskerKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long at);

    @Unique
    @StringLength(400)
    String getAskSlot();

    void setAskSlot(String slot);

    /** The id of the last membership row whose member was told (0: nobody yet). */
    long getToldUpTo();

    void setToldUpTo(long memberRowId);

    @Indexed
    boolean isToldAll();

    void setToldAll(boolean toldAll);

    @Indexed
    boolean isRemoved();

    void setRemoved(boolean removed);
}
