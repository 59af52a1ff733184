package io.outloud.thought;

import io.outloud.content.MacroIdentity;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-finished thought as stored: identified by its page and macro id (it survives edits and moves), owned by
 * the person who first saved it, at a stage that its people move on without editing the page. {@code pageStage} is
 * the stage the page's macro parameter last said: a save that changes the parameter sets the stage; a save that
 * leaves it alone does not undo a move made since. {@code touchedAt} is the last time anything happened to it
 * (created, feedback, feedback taken in, a stage moved). Notices of feedback: {@code notifiedAt} the last time its
 * author heard of feedback (null: never), {@code notifiedUpTo} the id of the newest piece that notice counted (0:
 * none; the next notice counts by id what came after it), and {@code owedSince} when the first piece not yet told
 * came (null: nothing owed).
 */
public record Thought(long id, MacroIdentity identity, String authorKey, ThoughtStage stage, ThoughtStage pageStage, String question,
                      Instant createdAt, Instant touchedAt, Instant notifiedAt, long notifiedUpTo, Instant owedSince) {

    public Thought {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(pageStage, "pageStage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(touchedAt, "touchedAt");
        question = question == null ? "" : question;
    }

    public long pageId() {
        return identity.pageId();
    }

    public String macroId() {
        return identity.macroId();
    }

    public String spaceKey() {
        return identity.spaceKey();
    }
}
