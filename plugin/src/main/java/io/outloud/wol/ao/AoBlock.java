package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A working-out-loud block row: table AO_xxxxxx_BLOCK. Preloaded, so that reading a found block costs no
 * further statements. Column names are repeated as constants for the where clauses of {@link AoBlockStore}.
 */
@Preload
@Table("BLOCK")
public interface AoBlock extends Entity {
    String MACRO_ID = "MACRO_ID";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Milliseconds since the epoch, UTC. */
    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
