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
    long getActiveAt();

    void setActiveAt(long at);
}
