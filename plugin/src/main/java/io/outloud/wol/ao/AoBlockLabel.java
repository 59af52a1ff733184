package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One label of one block: table AO_xxxxxx_BLOCK_LABEL, so that a stream filtered by a label reads the label's rows
 * through an index instead of matching a pattern against every block. LABEL_KEY ("blockId/label") is unique: a block
 * carries a label once. The block's creation time is copied here (it never changes), so the label's rows come out in
 * the stream's keyset order by themselves; every other filter is applied to the blocks they name. PAGE_ID lets a
 * purged page take its blocks' labels with it. Preloaded: a stream batch reads every column.
 */
@Preload
@Table("BLOCK_LABEL")
public interface AoBlockLabel extends Entity {
    String LABEL_KEY = "LABEL_KEY";
    String BLOCK_ID = "BLOCK_ID";
    String PAGE_ID = "PAGE_ID";
    String LABEL = "LABEL";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Unique
    @StringLength(100)
    String getLabelKey();

    void setLabelKey(String labelKey);

    @NotNull
    @Indexed
    long getBlockId();

    void setBlockId(long blockId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** A label key ([a-z0-9_-], at most 50), as the macro's {@code labels} parameter names it. */
    @NotNull
    @Indexed
    @StringLength(50)
    String getLabel();

    void setLabel(String label);

    /** The block's creation time, milliseconds since the epoch, UTC. */
    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
