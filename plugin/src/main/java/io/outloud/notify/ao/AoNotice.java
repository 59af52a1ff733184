package io.outloud.notify.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One notice in a person's own notification list: table AO_xxxxxx_NOTICE. Rows are only added (a group's count is
 * its number of rows, exact under concurrent writers) and marked: LATEST on the newest row of each group (the entry
 * listed), UNREAD until the person reads the entry.
 */
@Preload
@Table("NOTICE")
public interface AoNotice extends Entity {
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String GROUP_KEY = "GROUP_KEY";
    String KIND = "KIND";
    String PAGE_ID = "PAGE_ID";
    String TITLE = "TITLE";
    String NOTICE_TEXT = "NOTICE_TEXT";
    String LINK_PATH = "LINK_PATH";
    String CREATED_AT = "CREATED_AT";
    String LATEST = "LATEST";
    String UNREAD = "UNREAD";

    @NotNull
    @Indexed
    @StringLength(255)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getGroupKey();

    void setGroupKey(String groupKey);

    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @StringLength(StringLength.UNLIMITED)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getNoticeText();

    void setNoticeText(String text);

    @StringLength(450)
    String getLinkPath();

    void setLinkPath(String path);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Indexed
    boolean isLatest();

    void setLatest(boolean latest);

    @NotNull
    @Indexed
    boolean isUnread();

    void setUnread(boolean unread);
}
