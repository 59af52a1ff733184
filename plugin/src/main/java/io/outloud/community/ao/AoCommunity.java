package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A community: table AO_xxxxxx_COMMUNITY. Its key and its name folded to lower case are each unique, so two people
 * creating the same community at once make one, and the other hears that it exists.
 */
@Preload
@Table("COMMUNITY")
public interface AoCommunity extends Entity {
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String CURIOSITY = "CURIOSITY";
    String ACCESS = "ACCESS_MODE";
    String LABELS = "LABELS";
    String HOME_PAGE_ID = "HOME_PAGE_ID";
    String HOME_MACRO_ID = "HOME_MACRO_ID";
    String LAST_HOME_ID = "LAST_HOME_ID";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String ACTIVE_AT = "ACTIVE_AT";
    String MEMBER_COUNT = "MEMBER_COUNT";
    String DEPARTMENT_COUNT = "DEPARTMENT_COUNT";
    String DEPARTMENTS = "DEPARTMENTS";
    String COUNT_SERIAL = "COUNT_SERIAL";
    String SEARCH_TEXT = "SEARCH_TEXT";

    @NotNull
    @Unique
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String key);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** The name in lower case: unique, so that "Data Science" and "data science" are one community. */
    @NotNull
    @Unique
    @StringLength(255)
    String getNameKey();

    void setNameKey(String nameKey);

    @StringLength(StringLength.UNLIMITED)
    String getCuriosity();

    void setCuriosity(String curiosity);

    /** open or closed. */
    @NotNull
    @StringLength(16)
    String getAccessMode();

    void setAccessMode(String access);

    /** Label keys separated by single spaces, within spaces at both ends (" ai data "); up to ten keys of 50 characters. */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String labels);

    @Indexed
    long getHomePageId();

    void setHomePageId(long pageId);

    /** The page that was the home before it went to the trash (0 for none): a restore makes it the home again. */
    @Indexed
    long getLastHomeId();

    void setLastHomeId(long pageId);

    @StringLength(64)
    String getHomeMacroId();

    void setHomeMacroId(String macroId);

    @NotNull
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);

    /** When something last happened in the community (the directory sorts by it). */
    @Indexed
    long getActiveAt();

    void setActiveAt(long at);

    /** How many members (leads included; not requests nor invitations): kept by every membership write, sorted by. */
    @Indexed
    int getMemberCount();

    void setMemberCount(int count);

    /** How many named departments the members come from (suggestions start from the most diverse). */
    @Indexed
    int getDepartmentCount();

    void setDepartmentCount(int count);

    /**
     * The named departments present, each between line feeds ("\nFinance\nSales\n"; a department is one line), so that
     * the directory filters by one with a LIKE on the community's own row, never on its members.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDepartments();

    void setDepartments(String departments);

    /**
     * Raised by every membership write of the community, first thing in its transaction: the row's lock serialises
     * the writes of one community, so each recounts what the one before it committed. 0: never counted (a row from
     * before the counters, which the departments job counts).
     */
    @Indexed
    int getCountSerial();

    void setCountSerial(int serial);

    /** The name and curiosity in lower case, what the directory's search looks in (no function needed in SQL). */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String text);
}
