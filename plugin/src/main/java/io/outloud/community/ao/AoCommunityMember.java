package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A membership: table AO_xxxxxx_MEMBER. MEMBER_KEY ("community/user") is unique: joining twice is one membership. */
@Table("MEMBER")
public interface AoCommunityMember extends Entity {
    String MEMBER_KEY = "MEMBER_KEY";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String USER_KEY = "USER_KEY";
    String JOINED_AT = "JOINED_AT";

    @NotNull
    @Unique
    @StringLength(320)
    String getMemberKey();

    void setMemberKey(String memberKey);

    @NotNull
    @Indexed
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String communityKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getJoinedAt();

    void setJoinedAt(long joinedAt);
}
