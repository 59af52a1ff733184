package io.outloud.settings.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person's preference: table AO_xxxxxx_PREFERENCE, one row per person and key (UNIQUE_KEY). */
@Preload
@Table("PREFERENCE")
public interface AoPreference extends Entity {
    String USER_KEY = "USER_KEY";
    String PREF_KEY = "PREF_KEY";
    String PREF_VALUE = "PREF_VALUE";
    String UNIQUE_KEY = "UNIQUE_KEY";

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    @StringLength(100)
    String getPrefKey();

    void setPrefKey(String key);

    @Indexed
    @StringLength(255)
    String getPrefValue();

    void setPrefValue(String value);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);
}
