package io.outloud.aojdbc;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A test entity using every supported property type and schema annotation. */
public interface BlockEntity extends Entity {
    enum Status { OPEN, DONE, ARCHIVED }

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    @Default("OPEN")
    Status getStatus();

    void setStatus(Status status);

    boolean isTrashed();

    void setTrashed(boolean trashed);

    Boolean getPinned();

    void setPinned(Boolean pinned);

    Integer getPosition();

    void setPosition(Integer position);

    int getVotes();

    void setVotes(int votes);

    double getScore();

    void setScore(double score);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @Unique
    @StringLength(64)
    String getExternalKey();

    void setExternalKey(String externalKey);

    /** Plain code on an entity interface is run, not mapped. */
    default String label() {
        return getTitle() + " #" + getID();
    }
}
