package io.outloud.community.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One batch of an ask's fan-out, claimed: table AO_xxxxxx_ASK_BATCH. BATCH_KEY ("ask id/first row after") is unique
 * and written in the transaction that tells the batch, so two nodes that take the same batch at once cannot both
 * keep it: the second insert fails (or waits for the first and then fails) and its transaction, with its notices,
 * is rolled back.
 */
@Preload
@Table("ASK_BATCH")
public interface AoAskBatch extends Entity {
    String BATCH_KEY = "BATCH_KEY";
    String ASK_ID = "ASK_ID";
    String TOLD = "TOLD";
    String AT = "TOLD_AT";

    @NotNull
    @Unique
    @StringLength(64)
    String getBatchKey();

    void setBatchKey(String key);

    @NotNull
    @Indexed
    long getAskId();

    void setAskId(long askId);

    /** How many members the batch told. */
    int getTold();

    void setTold(int told);

    long getToldAt();

    void setToldAt(long at);
}
