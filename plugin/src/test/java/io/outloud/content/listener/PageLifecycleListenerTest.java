package io.outloud.content.listener;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.core.util.ProgressMeter;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import io.outloud.wol.Block;
import io.outloud.wol.BlockRegistry;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.InMemoryBlockStore;
import io.outloud.wol.InMemoryReactionStore;
import io.outloud.wol.InMemoryReplyStore;
import io.outloud.wol.InMemoryShareRequestStore;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestService;
import io.outloud.notify.Notice;
import io.outloud.wol.ReactionKind;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.InMemoryFeedbackStore;
import io.outloud.thought.InMemoryThoughtStore;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtRegistry;
import io.outloud.thought.ThoughtStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLifecycleListenerTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String ID_1 = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String ID_2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final InMemoryReactionStore reactions = new InMemoryReactionStore();
    private final InMemoryReplyStore replies = new InMemoryReplyStore();
    private final InMemoryShareRequestStore shareRequests = new InMemoryShareRequestStore();
    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    private final List<Notice> notices = new ArrayList<>();
    /** Pages the host still has (after a space removal, only those that moved away). */
    private final java.util.Set<Long> existingPages = new java.util.HashSet<>();
    private final FakeEventPublisher events = new FakeEventPublisher();
    private final PageLifecycleListener listener = new PageLifecycleListener(events, java.util.List.of(
            new BlockRegistry(blocks, io.outloud.wol.BlockTagStore.NONE, Clock.fixed(NOW, ZoneOffset.UTC), java.util.List.of(reactions, replies, shareRequests)),
            new ShareRequestService(shareRequests, blocks, pageId -> Optional.empty(), Optional::empty, notices::add,
                    Clock.fixed(NOW, ZoneOffset.UTC)),
            new ThoughtRegistry(thoughts, feedback, Clock.fixed(NOW, ZoneOffset.UTC))), pageId -> existingPages.contains(pageId) ? new Page() : null);

    @BeforeEach
    void register() {
        listener.register();
    }

    @AfterEach
    void unregister() {
        listener.unregister();
        assertTrue(events.listeners.isEmpty(), "unregistered for good");
    }

    private static String block(String id, String status) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter></ac:structured-macro>";
    }

    private static String thought(String id, String stage) {
        return "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"stage\">" + stage + "</ac:parameter><ac:rich-text-body><p>Draft</p></ac:rich-text-body>"
                + "</ac:structured-macro>";
    }

    private static Page page(long id, String spaceKey, ConfluenceUser creator, ConfluenceUser lastModifier, String body) {
        Page page = new Page();
        page.setId(id);
        page.setSpace(new Space(spaceKey));
        page.setTitle("Weekly notes");
        page.setCreator(creator);
        page.setLastModifier(lastModifier);
        page.setBodyAsString(body);
        return page;
    }

    private static PageUpdateEvent updated(Page page) {
        return new PageUpdateEvent(new Object(), page, null, false, PageUpdateTrigger.EDIT_PAGE);
    }

    @Test
    void register_subscribesTheListenerWithThePublisher() {
        assertEquals(List.of(listener), events.listeners);
    }

    @Test
    void pageCreated_registersItsBlocksWithTheLastModifierAsAuthor() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("creator"), user("alice"), block(ID_1, "stuck"))));

        Block block = blocks.find(PAGE, ID_1).orElseThrow();
        assertEquals("alice", block.authorKey());
        assertEquals("DEV", block.spaceKey());
        assertEquals(BlockStatus.STUCK, block.status());
        assertEquals(NOW, block.createdAt());
    }

    @Test
    void pageCreated_withoutALastModifier_takesTheCreatorAsAuthor() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("creator"), null, block(ID_1, "done"))));

        assertEquals("creator", blocks.find(PAGE, ID_1).orElseThrow().authorKey());
    }

    @Test
    void anonymousSave_registersNothing() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", null, null, block(ID_1, "done"))));

        assertEquals(0, blocks.size());
    }

    @Test
    void pageUpdatedBySomeoneElse_keepsTheAuthor_updatesTheStatus_andRegistersNewBlocksToTheEditor() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "exploring"))));

        events.publish(updated(page(PAGE, "DEV", user("alice"), user("bob"), block(ID_1, "done") + block(ID_2, "stuck"))));

        Block first = blocks.find(PAGE, ID_1).orElseThrow();
        assertEquals("alice", first.authorKey());
        assertEquals(BlockStatus.DONE, first.status());
        assertEquals("bob", blocks.find(PAGE, ID_2).orElseThrow().authorKey());
        assertEquals(2, blocks.creates());
    }

    @Test
    void aSaveOfAMovedPage_movesItsBlocksToTheNewSpace() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"))));

        events.publish(updated(page(PAGE, "OPS", user("alice"), user("bob"), block(ID_1, "done") + block(ID_2, "stuck"))));

        assertEquals("OPS", blocks.find(PAGE, ID_1).orElseThrow().spaceKey());
        assertEquals("OPS", blocks.find(PAGE, ID_2).orElseThrow().spaceKey());
        assertEquals(0, blocks.countBySpace("DEV"));
    }

    @Test
    void anEditOfTheAskeesBlockBySomeoneElse_answersNothing() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"))));
        long asked = shareRequests.create("bob", "alice", "the export", 99L, "m-9", NOW).orElseThrow().id();
        String answers = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"answers\">" + asked + "</ac:parameter></ac:structured-macro>";

        events.publish(updated(page(PAGE, "DEV", user("alice"), user("carol"), answers)));

        assertTrue(shareRequests.find(asked).orElseThrow().isOpen(), "Carol cannot answer in Alice's name");
        assertTrue(notices.isEmpty());
    }

    @Test
    void aSaveWithABlockNamingARequest_answersIt_onlyWhenTheBlockIsTheAskees() {
        long forAlice = shareRequests.create("bob", "alice", "the export", 99L, "m-9", NOW).orElseThrow().id();
        long forCarol = shareRequests.create("bob", "carol", "the import", 99L, "m-9", NOW).orElseThrow().id();
        String answers = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"answers\">" + forAlice + "</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_2 + "\">"
                + "<ac:parameter ac:name=\"answers\">" + forCarol + "</ac:parameter></ac:structured-macro>";

        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("alice"), user("alice"), answers)));

        ShareRequest answered = shareRequests.find(forAlice).orElseThrow();
        assertEquals(ShareRequest.State.ANSWERED, answered.state());
        assertEquals(PAGE, answered.answerPageId());
        assertEquals(ID_1, answered.answerMacroId());
        assertTrue(shareRequests.find(forCarol).orElseThrow().isOpen(), "alice's block cannot answer carol's request");
        assertEquals(1, notices.size());
        assertEquals("bob", notices.get(0).recipientKey());
        assertEquals(Notice.Kind.SHARE_ANSWERED, notices.get(0).kind());
    }

    @Test
    void pageTrashed_thenRestored_flagsItsBlocks() {
        Page page = page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"));
        events.publish(new PageCreateEvent(this, page));

        events.publish(new PageTrashedEvent(this, page, user("alice"), false));

        assertTrue(blocks.isTrashed(PAGE));
        assertEquals(0, blocks.countBySpace("DEV"));

        events.publish(new PageRestoreEvent(this, page));

        assertFalse(blocks.isTrashed(PAGE));
        assertEquals(1, blocks.countBySpace("DEV"));
    }

    @Test
    void pageRemoved_purgesItsBlocksReactionsAndReplies_only() {
        Page page = page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"));
        Page other = page(PAGE + 1, "DEV", user("alice"), user("alice"), block(ID_1, "done"));
        events.publish(new PageCreateEvent(this, page));
        events.publish(new PageCreateEvent(this, other));
        reactions.toggle(PAGE, ID_1, "bob", ReactionKind.THANKS, NOW);
        reactions.toggle(PAGE + 1, ID_1, "bob", ReactionKind.THANKS, NOW);
        replies.add(PAGE, ID_1, "bob", "Thanks!", NOW);

        events.publish(new PageRemoveEvent(this, page));

        assertTrue(blocks.findByPage(PAGE).isEmpty());
        assertTrue(reactions.forPage(PAGE).isEmpty());
        assertEquals(0, replies.size());
        assertTrue(blocks.find(PAGE + 1, ID_1).isPresent());
        assertEquals(1, reactions.forBlock(PAGE + 1, ID_1).size());
    }

    @Test
    void spaceRemoved_purgesTheBlocksOfAllItsPages_andForgetsThemInRequests_otherSpacesKeepTheirs() {
        Page first = page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"));
        Page trashed = page(PAGE + 1, "DEV", user("alice"), user("alice"), block(ID_1, "stuck"));
        Page elsewhere = page(PAGE + 2, "OPS", user("alice"), user("alice"), block(ID_1, "done"));
        events.publish(new PageCreateEvent(this, first));
        events.publish(new PageCreateEvent(this, trashed));
        events.publish(new PageCreateEvent(this, elsewhere));
        events.publish(new PageTrashedEvent(this, trashed, user("alice"), false));
        reactions.toggle(PAGE, ID_1, "bob", ReactionKind.THANKS, NOW);
        reactions.toggle(PAGE + 2, ID_1, "bob", ReactionKind.THANKS, NOW);
        replies.add(PAGE + 1, ID_1, "bob", "Thanks!", NOW);
        long asked = shareRequests.create("bob", "alice", "the export", PAGE, ID_1, NOW).orElseThrow().id();

        Page moved = page(PAGE + 3, "DEV", user("alice"), user("alice"), block(ID_2, "done"));
        events.publish(new PageCreateEvent(this, moved));
        reactions.toggle(PAGE + 3, ID_2, "bob", ReactionKind.THANKS, NOW);
        existingPages.add(PAGE + 3); // moved to OPS in Confluence before DEV went; its blocks were not told yet

        events.publish(new SpaceRemoveEvent(this, new Space("DEV"), new ProgressMeter()));

        assertTrue(blocks.find(PAGE + 3, ID_2).isPresent(), "a page that still exists keeps its blocks");
        assertEquals(1, reactions.forPage(PAGE + 3).size());
        assertTrue(blocks.findByPage(PAGE).isEmpty());
        assertTrue(blocks.findByPage(PAGE + 1).isEmpty(), "trashed pages go with their space");
        assertTrue(reactions.forPage(PAGE).isEmpty());
        assertEquals(0, replies.size());
        assertEquals(0, shareRequests.find(asked).orElseThrow().pageId(), "the request stays, the page is forgotten");
        assertTrue(blocks.find(PAGE + 2, ID_1).isPresent());
        assertEquals(1, reactions.forBlock(PAGE + 2, ID_1).size());
    }

    @Test
    void aSaveWithBlocksAndThoughts_registersBoth_withTheLastModifierAsAuthor_andKeepsThemApart() {
        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("creator"), user("alice"), block(ID_1, "stuck") + thought(ID_2, "growing"))));

        Thought thought = thoughts.find(PAGE, ID_2).orElseThrow();
        assertEquals("alice", thought.authorKey());
        assertEquals(ThoughtStage.GROWING, thought.stage());
        assertEquals(NOW, thought.createdAt());
        assertTrue(thoughts.find(PAGE, ID_1).isEmpty(), "a block is no thought");
        assertTrue(blocks.find(PAGE, ID_2).isEmpty(), "a thought is no block");
        assertEquals("alice", blocks.find(PAGE, ID_1).orElseThrow().authorKey());

        events.publish(updated(page(PAGE, "OPS", user("alice"), user("bob"), thought(ID_2, "ripe"))));

        Thought saved = thoughts.find(PAGE, ID_2).orElseThrow();
        assertEquals("alice", saved.authorKey(), "a later save by someone else keeps the author");
        assertEquals(ThoughtStage.RIPE, saved.stage());
        assertEquals("OPS", saved.spaceKey());
    }

    @Test
    void thoughts_followTheirPage_throughTrashRestorePurgeAndSpaceRemoval() {
        Page page = page(PAGE, "DEV", user("alice"), user("alice"), thought(ID_1, "seed"));
        Page moved = page(PAGE + 1, "DEV", user("alice"), user("alice"), thought(ID_1, "seed"));
        events.publish(new PageCreateEvent(this, page));
        events.publish(new PageCreateEvent(this, moved));
        feedback.add(PAGE, ID_1, "bob", FeedbackKind.GO_ON, "gone with the page", false, NOW);
        feedback.add(PAGE + 1, ID_1, "bob", FeedbackKind.GO_ON, "kept", false, NOW);

        events.publish(new PageTrashedEvent(this, page, user("alice"), false));
        assertTrue(thoughts.isTrashed(PAGE, ID_1));
        assertEquals(List.of(PAGE + 1), thoughts.openByAuthor("alice", 10).stream().map(Thought::pageId).toList());
        events.publish(new PageRestoreEvent(this, page));
        assertFalse(thoughts.isTrashed(PAGE, ID_1));

        events.publish(new PageRemoveEvent(this, page));
        assertTrue(thoughts.findByPage(PAGE).isEmpty());
        assertTrue(feedback.forPage(PAGE).isEmpty());

        existingPages.add(PAGE + 1);
        events.publish(new SpaceRemoveEvent(this, new Space("DEV"), new ProgressMeter()));
        assertTrue(thoughts.find(PAGE + 1, ID_1).isPresent(), "a page that moved away keeps its thought");
        assertEquals(1, feedback.forPage(PAGE + 1).size());

        existingPages.clear();
        events.publish(new SpaceRemoveEvent(this, new Space("DEV"), new ProgressMeter()));
        assertEquals(0, thoughts.size());
        assertEquals(0, feedback.size());
    }

    @Test
    void afterUnregister_eventsNoLongerReachTheRegistry() {
        listener.unregister();

        events.publish(new PageCreateEvent(this, page(PAGE, "DEV", user("alice"), user("alice"), block(ID_1, "done"))));

        assertEquals(0, blocks.size());
    }

    @Test
    void listenerMethods_areAnnotatedForAtlassianEvents() {
        List<String> annotated = new ArrayList<>();
        for (Method method : PageLifecycleListener.class.getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)) {
                assertEquals(1, method.getParameterCount(), method.getName());
                annotated.add(method.getParameterTypes()[0].getSimpleName());
            }
        }
        assertEquals(List.of("PageCreateEvent", "PageRemoveEvent", "PageRestoreEvent", "PageTrashedEvent", "PageUpdateEvent", "SpaceRemoveEvent"),
                annotated.stream().sorted().toList());
    }

    private static ConfluenceUser user(String key) {
        return new TestUser(key);
    }

    /** A Confluence user with a key, a name and nothing else. */
    private record TestUser(String key) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return new UserKey(key);
        }

        @Override
        public String getName() {
            return key + "-name";
        }

        @Override
        public String getFullName() {
            return key;
        }

        @Override
        public String getEmail() {
            return key + "@example.com";
        }
    }

    /** Delivers each event to the @EventListener methods whose parameter type accepts it, as Atlassian Events does. */
    private static final class FakeEventPublisher implements EventPublisher {
        private final List<Object> listeners = new ArrayList<>();

        @Override
        public void publish(Object event) {
            for (Object listener : List.copyOf(listeners)) {
                for (Method method : listener.getClass().getMethods()) {
                    if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                            && method.getParameterTypes()[0].isInstance(event)) {
                        try {
                            method.invoke(listener, event);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        } catch (InvocationTargetException e) {
                            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                        }
                    }
                }
            }
        }

        @Override
        public void register(Object listener) {
            listeners.add(listener);
        }

        @Override
        public void unregister(Object listener) {
            listeners.remove(listener);
        }

        @Override
        public void unregisterAll() {
            listeners.clear();
        }
    }
}
