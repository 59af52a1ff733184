package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A reply row: table AO_xxxxxx_REPLY. The text is UNLIMITED (CLOB/TEXT): replies may be longer than 450 characters. */
@Preload
@Table("REPLY")
public interface AoReply extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String BODY = "BODY";
    String CREATED_AT = "CREATED_AT";
    String EDITED_AT = "EDITED_AT";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** 0 until the author edits the reply. */
    @NotNull
    long getEditedAt();

    void setEditedAt(long editedAt);
}
