package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An offer of help: table AO_xxxxxx_HELP_OFFER. UNIQUE_KEY (page, block, helper) lets the database refuse a second
 * offer by one person on one block, also under concurrent requests (AO has no composite unique constraint).
 */
@Preload
@Table("HELP_OFFER")
public interface AoHelpOffer extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String HELPER_KEY = "HELPER_KEY";
    String MESSAGE = "MESSAGE";
    String UNIQUE_KEY = "UNIQUE_KEY";
    String CREATED_AT = "CREATED_AT";
    String ACCEPTED = "ACCEPTED";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    /** Indexed: erasing a person finds their offers by it (and the blocks they were helping with). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getHelperKey();

    void setHelperKey(String helperKey);

    /** Up to 500 code points: more than 450 characters, so UNLIMITED (CLOB/TEXT). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Indexed
    boolean isAccepted();

    void setAccepted(boolean accepted);
}
