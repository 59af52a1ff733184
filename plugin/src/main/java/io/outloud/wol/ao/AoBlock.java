package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A working-out-loud block row: table AO_xxxxxx_BLOCK. A block is identified by its page and its macro id
 * (BLOCK_KEY, unique): the macro id survives edits and moves, and a copied page, which keeps the macro ids in
 * its storage format, still gets blocks of its own. Preloaded, so reading found blocks costs no more statements.
 */
@Preload
@Table("BLOCK")
public interface AoBlock extends Entity {
    String BLOCK_KEY = "BLOCK_KEY";
    String MACRO_ID = "MACRO_ID";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";
    String TRASHED = "TRASHED";
    String COMMUNITY = "COMMUNITY";
    String LABELS = "LABELS";
    String GETTING_HELP = "GETTING_HELP";

    @NotNull
    @Unique
    @StringLength(100)
    String getBlockKey();

    void setBlockKey(String blockKey);

    @NotNull
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
    @Indexed
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @Indexed
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Milliseconds since the epoch, UTC. */
    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** The page is in the trash: the block leaves streams until the page is restored. */
    @NotNull
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** The community key the block is tagged with; null for none. Streams filter by it (equality, indexed). */
    @Indexed
    @StringLength(50)
    String getCommunity();

    void setCommunity(String community);

    /**
     * Labels as stored before the label table ({@link AoBlockLabel}): ",a,b,", null once the backfill job or a save
     * of the page has moved them there. Nothing reads it for streams any more.
     */
    @Indexed
    @StringLength(255)
    String getLabels();

    void setLabels(String labels);

    /**
     * The author accepted an offer of help and has not reopened the block: a stuck block then leaves "who needs help".
     * Written with the offers' ACCEPTED flag in one transaction ({@link AoHelpStore}). Nullable: rows from before it and
     * new blocks hold NULL, read as false (a NOT NULL column added to a filled table would need a default).
     */
    @Indexed
    boolean isGettingHelp();

    void setGettingHelp(boolean gettingHelp);
}
