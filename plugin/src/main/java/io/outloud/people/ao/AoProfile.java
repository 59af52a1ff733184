package io.outloud.people.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What a person wrote about themselves: table AO_xxxxxx_PROFILE, one row per person (USER_KEY unique). OPEN_TO is
 * what they are open to talk about beyond their job title (null: nothing); 300 characters may need more than a
 * VARCHAR(450) holds in UTF-16, hence unlimited.
 */
@Preload
@Table("PROFILE")
public interface AoProfile extends Entity {
    String USER_KEY = "USER_KEY";
    String OPEN_TO = "OPEN_TO";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getOpenTo();

    void setOpenTo(String openTo);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
