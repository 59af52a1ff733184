package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A membership, a request to join or an invitation: table AO_xxxxxx_MEMBER. MEMBER_KEY ("community/user") is unique:
 * a person has one row per community, whose state and role change. The department is recorded with it, so that a
 * community counts its departments in one query.
 */
@Preload
@Table("MEMBER")
public interface AoCommunityMember extends Entity {
    String MEMBER_KEY = "MEMBER_KEY";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String USER_KEY = "USER_KEY";
    String JOINED_AT = "JOINED_AT";
    String STATE = "STATE";
    String ROLE = "ROLE";
    String DEPARTMENT = "DEPARTMENT";
    String DEPARTMENT_ORDER = "DEPARTMENT_ORDER";

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
    @Indexed
    long getJoinedAt();

    void setJoinedAt(long joinedAt);

    /** member, requested or invited; null (a row from before requests existed) is a member. */
    @Indexed
    @StringLength(16)
    String getState();

    void setState(String state);

    /** lead or member; null is a member. */
    @Indexed
    @StringLength(16)
    String getRole();

    void setRole(String role);

    /** The person's department when last recorded; null for none. Members are listed by it. */
    @Indexed
    @StringLength(255)
    String getDepartment();

    void setDepartment(String department);

    /**
     * Where the member's department sorts: "0" and the department, or "1" for none, so that one ordered query lists
     * named departments A to Z and then the members without one (databases disagree on where NULL sorts).
     */
    @Indexed
    @StringLength(260)
    String getDepartmentOrder();

    void setDepartmentOrder(String order);
}
