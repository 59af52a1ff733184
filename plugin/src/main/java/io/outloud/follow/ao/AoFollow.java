package io.outloud.follow.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One follow: table AO_xxxxxx_FOLLOW. FOLLOW_KEY (a hash of follower, kind and target) lets the database refuse a
 * second row for the same follower and target, also under concurrent requests (AO has no composite unique constraint).
 * TARGET is indexed so that erasing a person removes the follows of them too.
 */
@Preload
@Table("FOLLOW")
public interface AoFollow extends Entity {
    String FOLLOWER_KEY = "FOLLOWER_KEY";
    String KIND = "KIND";
    String TARGET = "TARGET";
    String FOLLOW_KEY = "FOLLOW_KEY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(255)
    String getFollowerKey();

    void setFollowerKey(String followerKey);

    /** PERSON, COMMUNITY or LABEL. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** A person's user key, a community key or a label. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getTarget();

    void setTarget(String target);

    @NotNull
    @Unique
    @StringLength(64)
    String getFollowKey();

    void setFollowKey(String followKey);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
