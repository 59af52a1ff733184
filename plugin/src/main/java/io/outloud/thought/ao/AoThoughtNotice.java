package io.outloud.thought.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claim to tell a thought's author of feedback: table AO_xxxxxx_THOUGHT_NOTICE. CLAIM_KEY ("thought id/newest piece the last
 * notice counted") is unique, so of the nodes and requests that race to notify after a quiet hour exactly one inserts it.
 */
@Table("THOUGHT_NOTICE")
public interface AoThoughtNotice extends Entity {
    String CLAIM_KEY = "CLAIM_KEY";
    String PAGE_ID = "PAGE_ID";

    @NotNull
    @Unique
    @StringLength(100)
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);
}
