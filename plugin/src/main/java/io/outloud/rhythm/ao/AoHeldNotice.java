package io.outloud.rhythm.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A notice whose mail waits for its recipient's daily or weekly digest: table AO_xxxxxx_HELD_NOTICE. */
@Preload
@Table("HELD_NOTICE")
public interface AoHeldNotice extends Entity {
    String USER_KEY = "USER_KEY";
    String CADENCE = "CADENCE";
    String KIND = "KIND";
    String ACTOR_KEY = "ACTOR_KEY";
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String TEXT = "TEXT";
    String REF_NUMBER = "REF_NUMBER";
    String HELD_AT = "HELD_AT";

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    @StringLength(16)
    String getCadence();

    void setCadence(String cadence);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** "" for a notice with no single actor; indexed so that erasing a person finds the notices they caused. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(255)
    String getMacroId();

    void setMacroId(String macroId);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    /** The notice's number (a request's, a count of feedback, a stage); NUMBER is a reserved word. */
    @NotNull
    long getRefNumber();

    void setRefNumber(long number);

    @NotNull
    @Indexed
    long getHeldAt();

    void setHeldAt(long heldAt);
}
