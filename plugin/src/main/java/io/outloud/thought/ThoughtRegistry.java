package io.outloud.thought;

import io.outloud.content.MacroIdentity;
import io.outloud.content.PageLifecycle;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Keeps the app's record of thoughts in step with pages: a save registers each new thought with the person who
 * saved as its author (no parameter names an author) and gives known thoughts their question and, when the page's
 * stage parameter changed, that stage. Trash, restore and purge follow the page; feedback goes with a purged page.
 */
public class ThoughtRegistry implements PageLifecycle {
    private final ThoughtStore thoughts;
    private final FeedbackStore feedback;
    private final Clock clock;

    public ThoughtRegistry(ThoughtStore thoughts, FeedbackStore feedback, Clock clock) {
        this.thoughts = Objects.requireNonNull(thoughts);
        this.feedback = Objects.requireNonNull(feedback);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void pageSaved(long pageId, String spaceKey, String editorKey, String storage) {
        Map<String, ThoughtParameters> found = StorageThoughts.find(storage);
        if (found.isEmpty()) {
            return;
        }
        Map<String, Thought> known = thoughts.findByPage(pageId).stream()
                .collect(Collectors.toMap(Thought::macroId, t -> t, (a, b) -> a));
        if (known.values().stream().anyMatch(t -> !t.spaceKey().equals(spaceKey))) {
            thoughts.moveToSpace(pageId, spaceKey);
        }
        found.forEach((macroId, parameters) -> {
            Thought existing = known.get(macroId);
            if (existing == null) {
                thoughts.create(new MacroIdentity(macroId, pageId, spaceKey), editorKey, parameters.stage(), parameters.question(), clock.instant());
            } else if (existing.pageStage() != parameters.stage() || !existing.question().equals(parameters.question())) {
                thoughts.pageSaved(pageId, macroId, parameters.stage(), parameters.question());
            }
        });
        Map<String, String> communities = new java.util.LinkedHashMap<>();
        found.forEach((macroId, parameters) -> communities.put(macroId, parameters.community()));
        thoughts.tagCommunities(pageId, communities);
    }

    /** A thought rendered that no save registered (its page predates the app): the page's last editor becomes its author. */
    public Thought ensureRegistered(MacroIdentity identity, String fallbackAuthorKey, ThoughtParameters parameters) {
        return thoughts.find(identity.pageId(), identity.macroId())
                .orElseGet(() -> thoughts.create(identity, fallbackAuthorKey, parameters.stage(), parameters.question(), clock.instant()));
    }

    @Override
    public void pageTrashed(long pageId) {
        thoughts.setTrashed(pageId, true);
    }

    @Override
    public void pageRestored(long pageId) {
        thoughts.setTrashed(pageId, false);
    }

    @Override
    public void pagePurged(long pageId) {
        feedback.deleteByPage(pageId);
        thoughts.deleteByPage(pageId);
    }

    @Override
    public void spaceRemoved(String spaceKey, LongPredicate pageStillExists) {
        for (long pageId : thoughts.pageIdsInSpace(spaceKey)) {
            if (!pageStillExists.test(pageId)) {
                pagePurged(pageId);
            }
        }
    }
}
