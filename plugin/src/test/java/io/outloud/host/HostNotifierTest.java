package io.outloud.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.task.Task;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.notify.Notice;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mail adapter: queue "mail", HTML with every value escaped, and nobody mailed who may not see the page or has no address. */
class HostNotifierTest {
    private static final Map<String, String> TEXTS = Map.of(
            "outloud.notify.share-asked.subject", "{0} asks you to share on \"{1}\"",
            "outloud.notify.share-asked.body", "{0} asks you to work out loud about:",
            "outloud.wol.ask.answer-how", "To answer, enter {0} under Answers request:",
            "outloud.notify.help-offer.subject", "{0} offered to help on \"{1}\"",
            "outloud.notify.help-offer.body", "{0} offered to help on the page \"{1}\":",
            "outloud.notify.community-ask.subject", "{0} asks {1} for help",
            "outloud.notify.community-ask.body", "{0} asks the community \"{1}\":",
            "outloud.notify.open", "Open it",
            "outloud.notify.footer", "Sent by Out Loud.");
    /** Farid chose Dutch in his profile; the texts say which language they were asked in. */
    private static final Map<String, java.util.Locale> LANGUAGES = Map.of("farid", java.util.Locale.forLanguageTag("nl"));

    private final List<String> queues = new ArrayList<>();
    private final List<ConfluenceMailQueueItem> mails = new ArrayList<>();
    private final Map<String, String> addresses = new java.util.HashMap<>(Map.of("farid", "farid@example.test", "alice", "alice@example.test"));
    private final Set<String> viewers = new HashSet<>(Set.of("farid", "alice"));
    private final Page page = new Page();
    private final HostNotifier notifier;
    final NoticeMessages messages;
    private final io.outloud.community.InMemoryCommunityStore communities = new io.outloud.community.InMemoryCommunityStore();

    HostNotifierTest() {
        page.setId(7L);
        page.setTitle("Survey <export> & co");
        UserManager users = new UserManager() {
            @Override
            public UserKey getRemoteUserKey() {
                return null;
            }

            @Override
            public UserProfile getUserProfile(UserKey userKey) {
                return profile(userKey.getStringValue());
            }

            @Override
            public UserProfile getUserProfile(String username) {
                return profile(username);
            }

            @Override
            public boolean isSystemAdmin(UserKey userKey) {
                return false;
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }
        };
        I18nResolver i18n = new I18nResolver() {
            @Override
            public String getText(String key) {
                return TEXTS.getOrDefault(key, key);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                throw new AssertionError("a mail is in its recipient's language, never the request's: " + key);
            }

            @Override
            public String getText(java.util.Locale locale, String key, Serializable... arguments) {
                return "[" + locale.getLanguage() + "] " + MessageFormat.format(getText(key), (Object[]) arguments);
            }
        };
        messages = new NoticeMessages(users, new com.atlassian.confluence.user.UserAccessor() {
            @Override
            public ConfluenceUser getUserByKey(UserKey key) {
                return user(key);
            }

            @Override
            public List<String> getGroupNames(com.atlassian.user.User user) {
                return List.of();
            }

            @Override
            public com.atlassian.confluence.user.ConfluenceUser getExistingUserByKey(com.atlassian.sal.api.user.UserKey key) {
                return getUserByKey(key);
            }

            @Override
            public boolean isDeactivated(com.atlassian.user.User user) {
                return false;
            }
        }, id -> id == 7L ? page : null,
                (user, permission, target) -> user != null && viewers.contains(user.getName()) && target == page,
                i18n, key -> LANGUAGES.getOrDefault(key == null ? "" : key.getStringValue(), java.util.Locale.ENGLISH),
                mode -> mode == com.atlassian.sal.api.UrlMode.CANONICAL ? "https://wiki.example.test/confluence" : "/confluence",
                communities);
        notifier = new HostNotifier(messages, List.of(new MailChannel((String queue, Task task) -> {
            queues.add(queue);
            mails.add(sent(task));
        })));
    }

    @Test
    void anOfferOfHelp_isQueuedAsHtmlMail_withEveryValueEscaped() {
        notifier.notify(new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "I can <script>alert(1)</script> & more"));

        assertEquals(List.of("mail"), queues);
        ConfluenceMailQueueItem mail = mails.get(0);
        assertEquals("[nl] Alice <J> offered to help on \"Survey <export> & co\"", mail.getSubject(), "a subject is plain text, in Farid's language");
        String body = mail.getBody();
        assertTrue(body.contains("[nl] Alice &lt;J&gt; offered to help on the page &quot;Survey &lt;export&gt; &amp; co&quot;:"), body);
        assertTrue(body.contains("<a href=\"https://wiki.example.test/confluence/pages/viewpage.action?pageId=7#outloud-block-m-1\">[nl] Open it</a>"), body);
        assertTrue(body.contains("I can &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), body);
        assertFalse(body.contains("<script>"), body);
    }

    @Test
    void aMail_isQueuedAsATaskOfOurOwn_thatSendsConfluencesItem_neverAsTheItemItself_whichIsNotATaskInConfluence() {
        List<Task> queued = new ArrayList<>();
        new HostNotifier(messages, List.of(new MailChannel((String queue, Task task) -> queued.add(task)))).notify(offer());

        assertEquals(1, queued.size());
        assertFalse(queued.get(0) instanceof com.atlassian.mail.queue.MailQueueItem, "Confluence's queue would call execute() on it and lose the mail");
        assertEquals("farid@example.test", toAddressOf(sent(queued.get(0))));
    }

    private static String toAddressOf(ConfluenceMailQueueItem item) {
        try {
            java.lang.reflect.Field field = ConfluenceMailQueueItem.class.getDeclaredField("toAddress");
            field.setAccessible(true);
            return (String) field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCommunitysNotice_namesTheCommunity_linksToItOnItsPage_andReachesOnlyThoseWhoMayViewThatPage() {
        communities.create(new io.outloud.community.Community("data-club", "Data <club> & co", "", io.outloud.community.Community.Access.OPEN,
                List.of(), 7L, "m-9", "alice", java.time.Instant.EPOCH));

        notifier.notify(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 7L, "data-club", "Who knows <SQL>?", 3L));

        ConfluenceMailQueueItem mail = mails.get(0);
        assertEquals("[nl] Alice <J> asks Data <club> & co for help", mail.getSubject());
        String body = mail.getBody();
        assertTrue(body.contains("[nl] Alice &lt;J&gt; asks the community &quot;Data &lt;club&gt; &amp; co&quot;:"), body);
        assertTrue(body.contains("<blockquote>Who knows &lt;SQL&gt;?</blockquote>"), body);
        assertTrue(body.contains("href=\"https://wiki.example.test/confluence/pages/viewpage.action?pageId=7#outloud-community-data-club\""), body);

        viewers.remove("farid");
        notifier.notify(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 7L, "data-club", "again", 4L));
        assertEquals(1, mails.size(), "nobody hears of a community on a page they may not view");

        communities.unhome(7L);
        notifier.notify(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 0L, "data-club", "now?", 5L));
        assertEquals(2, mails.size(), "a community without a page tells its members");
        assertTrue(mails.get(1).getBody().contains("href=\"https://wiki.example.test/confluence/plugins/servlet/outloud/community?key=data-club\""),
                mails.get(1).getBody());

        notifier.notify(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 0L, "gone", "x", 6L));
        assertEquals(2, mails.size(), "a removed community tells nobody");
    }

    @Test
    void aRequestToShare_tellsTheAskeeHowToAnswerIt_fromTheMailAlone() {
        notifier.notify(new Notice("farid", Notice.Kind.SHARE_ASKED, "alice", 7L, "m-1", "the <export>", 42L));

        String body = mails.get(0).getBody();
        assertTrue(body.contains("<blockquote>the &lt;export&gt;</blockquote>"), body);
        assertTrue(body.contains("[nl] To answer, enter 42 under Answers request:"), body);
        assertTrue(body.contains("<code>{working-out-loud:answers=42}{working-out-loud}</code>"), body);
    }

    @Test
    void theAppsOwnList_getsTheSameSubject_inTheRecipientsLanguage_withTheSitePath_andNothingAboutPagesTheyMayNotView() {
        io.outloud.notify.InMemoryNoticeListStore store = new io.outloud.notify.InMemoryNoticeListStore();
        io.outloud.notify.NoticeListService list = new io.outloud.notify.NoticeListService(store,
                id -> java.util.Optional.of(new io.outloud.content.PageRef(id, "TEAM", "Page", "")), io.outloud.testing.FakeViewer.signedIn("farid"),
                java.time.Clock.systemUTC());
        new HostNotifier(messages, List.of(new NoticeListChannel(list)))
                .notify(new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "<b>x</b>"));

        List<io.outloud.notify.InAppNotice> entries = list.list(null, 20).entries();
        assertEquals(1, entries.size());
        assertEquals("[nl] Alice <J> offered to help on \"Survey <export> & co\"", entries.get(0).title(), "plain text, escaped where shown");
        assertEquals("<b>x</b>", entries.get(0).text());
        assertEquals("/pages/viewpage.action?pageId=7#outloud-block-m-1", entries.get(0).path(), "a site path, behind the context path when shown");
        assertEquals("help-offer", entries.get(0).kind());

        viewers.remove("farid");
        new HostNotifier(messages, List.of(new NoticeListChannel(list)))
                .notify(new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-2", "x"));
        assertEquals(1, list.list(null, 20).entries().size(), "nobody hears of a page they may not view");
    }

    @Test
    void aBatch_writesTheAppsOwnListNow_andHandsItsMailsOverOnlyWhenTheCallerRunsWhatItGaveBack() {
        List<String> listed = new ArrayList<>();
        NoticeChannel list = (notice, message) -> listed.add(notice.recipientKey());
        HostNotifier batch = new HostNotifier(messages, List.of(list, new MailChannel((String queue, Task task) -> mails.add(sent(task)))));

        Runnable afterCommit = batch.notifyInBatch(List.of(offer(), new Notice("alice", Notice.Kind.HELP_OFFER, "farid", 7L, "m-1", "x"),
                new Notice("nobody", Notice.Kind.HELP_OFFER, "farid", 7L, "m-1", "x")));

        assertEquals(List.of("farid", "alice"), listed, "the list now, in the caller's transaction; nobody unknown");
        assertEquals(List.of(), mails, "no mail before the caller committed");
        afterCommit.run();
        assertEquals(2, mails.size());
    }

    @Test
    void aBatch_whoseListCannotBeWritten_fails_soThatTheCallerRollsItBack_andMailsNobody() {
        NoticeChannel failing = (notice, message) -> {
            throw new IllegalStateException("the database is down");
        };
        HostNotifier batch = new HostNotifier(messages, List.of(new MailChannel((String queue, Task task) -> mails.add(sent(task))), failing));

        assertThrows(IllegalStateException.class, () -> batch.notifyInBatch(List.of(offer())));
        assertEquals(List.of(), mails);
    }

    @Test
    void whenTheListFails_mailStillGoes_andNothingIsThrown() {
        NoticeChannel failing = (notice, message) -> {
            throw new IllegalStateException("the database is down");
        };
        new HostNotifier(messages, List.of(failing, mailTo())).notify(offer());

        assertEquals(1, mails.size(), "the mail went, whatever the list did");
    }

    private MailChannel mailTo() {
        return new MailChannel((String queue, Task task) -> mails.add(sent(task)));
    }

    /** Runs a queued task as Confluence's mail job does, and answers the item it sent. */
    private static ConfluenceMailQueueItem sent(Task task) {
        List<ConfluenceMailQueueItem> sent = new ArrayList<>();
        try {
            ConfluenceMailQueueItem.runWithMailServer(sent::add, task);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(1, sent.size(), "one task sends one mail");
        return sent.get(0);
    }

    private static Notice offer() {
        return new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "x");
    }

    @Test
    void eachRecipientReadsTheirOwnLanguage() {
        notifier.notify(new Notice("alice", Notice.Kind.HELP_OFFER, "farid", 7L, "m-1", "x"));

        assertTrue(mails.get(0).getSubject().startsWith("[en] Farid offered to help"), mails.get(0).getSubject());
    }

    @Test
    void nobodyIsMailed_whoMayNotViewThePage_hasNoAddress_orIsUnknown_andFailuresAreNotThrown() {
        viewers.remove("farid");
        notifier.notify(new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "x"));
        viewers.add("farid");
        addresses.remove("farid");
        notifier.notify(new Notice("farid", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "x"));
        notifier.notify(new Notice("ghost", Notice.Kind.HELP_OFFER, "alice", 7L, "m-1", "x"));
        notifier.notify(new Notice("alice", Notice.Kind.HELP_OFFER, "alice", 8L, "m-1", "x"));

        assertTrue(mails.isEmpty());
    }

    private ConfluenceUser user(UserKey key) {
        String name = key.getStringValue();
        if (!addresses.containsKey(name) && !name.equals("farid")) {
            return null;
        }
        return new ConfluenceUser() {
            @Override
            public UserKey getKey() {
                return key;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getFullName() {
                return name;
            }

            @Override
            public String getEmail() {
                return addresses.get(name);
            }
        };
    }

    private UserProfile profile(String name) {
        if (!Arrays.asList("farid", "alice").contains(name)) {
            return null;
        }
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(name);
            }

            @Override
            public String getUsername() {
                return name;
            }

            @Override
            public String getFullName() {
                return name.equals("alice") ? "Alice <J>" : "Farid";
            }

            @Override
            public String getEmail() {
                return addresses.get(name);
            }

            @Override
            public URI getProfilePictureUri() {
                return null;
            }

            @Override
            public URI getProfilePageUri() {
                return null;
            }
        };
    }
}
