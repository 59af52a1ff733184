package io.outloud.settings.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A site setting: table AO_xxxxxx_SETTING, one row per key. A value longer than SETTING_VALUE holds (a mapping of
 * groups to departments) is kept in LONG_VALUE instead, SETTING_VALUE then null.
 */
@Preload
@Table("SETTING")
public interface AoSetting extends Entity {
    String SETTING_KEY = "SETTING_KEY";
    String SETTING_VALUE = "SETTING_VALUE";
    String LONG_VALUE = "LONG_VALUE";
    int MAX_SHORT_VALUE = 450;

    @NotNull
    @Unique
    @StringLength(100)
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(450)
    String getSettingValue();

    void setSettingValue(String value);

    @StringLength(StringLength.UNLIMITED)
    String getLongValue();

    void setLongValue(String value);
}
