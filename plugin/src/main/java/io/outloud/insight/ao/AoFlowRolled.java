package io.outloud.insight.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A day the roll-up job finished, and when: table AO_xxxxxx_FLOW_ROLLED. A day without acts has no FLOW_DAY rows,
 * so this row is what tells the job it need not read that day again.
 */
@Preload
@Table("FLOW_ROLLED")
public interface AoFlowRolled extends Entity {
    String DAY = "EPOCH_DAY";
    String ROLLED_AT = "ROLLED_AT";

    @NotNull
    @Unique
    long getEpochDay();

    void setEpochDay(long day);

    @NotNull
    long getRolledAt();

    void setRolledAt(long rolledAt);
}
