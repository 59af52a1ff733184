package io.outloud.rhythm.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** How far one period's mails got through their audience: table AO_xxxxxx_DIGEST_RUN, one row per period. */
@Preload
@Table("DIGEST_RUN")
public interface AoDigestRun extends Entity {
    String PERIOD = "PERIOD";
    String CURSOR = "CURSOR";
    String DONE = "DONE";

    @NotNull
    @Unique
    @StringLength(64)
    String getPeriod();

    void setPeriod(String period);

    /** The last user key gone through ("" at the start); indexed for the erasure, which finds runs that stopped at a person. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getCursor();

    void setCursor(String cursor);

    boolean isDone();

    void setDone(boolean done);
}
