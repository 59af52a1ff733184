package io.outloud.settings.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A space admin's choice for one of the app's macros: table AO_xxxxxx_SPACE_MACRO, one row per space and macro that
 * chose (no row: the site's default). UNIQUE_KEY is "space key|macro name", so a double save keeps one row.
 */
@Preload
@Table("SPACE_MACRO")
public interface AoSpaceMacro extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String MACRO = "MACRO";
    String ENABLED = "ENABLED";
    String UNIQUE_KEY = "UNIQUE_KEY";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(100)
    String getMacro();

    void setMacro(String macro);

    boolean isEnabled();

    void setEnabled(boolean enabled);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);
}
