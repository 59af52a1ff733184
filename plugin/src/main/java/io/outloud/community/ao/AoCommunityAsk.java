package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A member's ask of their community: table AO_xxxxxx_COMMUNITY_ASK. */
@Preload
@Table("COMMUNITY_ASK")
public interface AoCommunityAsk extends Entity {
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String ASKER_KEY = "ASKER_KEY";
    String TEXT = "TEXT";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String key);

    @NotNull
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
}
