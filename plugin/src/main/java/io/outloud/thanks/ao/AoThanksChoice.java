package io.outloud.thanks.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person's choice about their thanks: table AO_xxxxxx_THANKS_CHOICE, one row per person who made one (none: private). */
@Preload
@Table("THANKS_CHOICE")
public interface AoThanksChoice extends Entity {
    String USER_KEY = "USER_KEY";
    String SUMMARY_PUBLIC = "SUMMARY_PUBLIC";

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    boolean isSummaryPublic();

    void setSummaryPublic(boolean summaryPublic);
}
