package io.outloud.settings.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An entry of the privacy audit: table AO_xxxxxx_AUDIT_ENTRY, appended to, read newest first. */
@Preload
@Table("AUDIT_ENTRY")
public interface AoAuditEntry extends Entity {
    String AT = "AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String KIND = "KIND";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String DETAIL = "DETAIL";

    @NotNull
    @Indexed
    long getAt();

    void setAt(long at);

    @NotNull
    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @Indexed
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
