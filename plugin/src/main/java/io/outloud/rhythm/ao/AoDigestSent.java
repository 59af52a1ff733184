package io.outloud.rhythm.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's mail of one period: table AO_xxxxxx_DIGEST_SENT. CLAIM (a hash of period and person) lets the database
 * refuse a second mail to the same person for the same period, also from two nodes at once.
 */
@Preload
@Table("DIGEST_SENT")
public interface AoDigestSent extends Entity {
    String CLAIM = "CLAIM";
    String PERIOD = "PERIOD";
    String USER_KEY = "USER_KEY";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Unique
    @StringLength(64)
    String getClaim();

    void setClaim(String claim);

    @NotNull
    @Indexed
    @StringLength(64)
    String getPeriod();

    void setPeriod(String period);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    long getSentAt();

    void setSentAt(long sentAt);
}
