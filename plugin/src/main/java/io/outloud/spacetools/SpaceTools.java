package io.outloud.spacetools;

import io.outloud.common.Keyset;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.settings.SpaceMacros;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackStore;
import io.outloud.wol.Reply;
import io.outloud.wol.ReplyStore;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What a space's admins do in the space's tools besides choosing macros: list the space's blocks and thoughts with
 * their state, read the replies or feedback on one, and remove a reply or a piece of feedback that breaks the rules.
 * Every removal is recorded (who, what, when, where) in the app's own table, shown on the same page. Each call checks
 * that the caller administers the space, and that what it names is in that space.
 */
public class SpaceTools {
    private final SpaceMacros admins;
    private final SpaceContent content;
    private final ReplyStore replies;
    private final FeedbackStore feedback;
    private final ModerationLog log;
    private final Viewer viewer;
    private final Clock clock;

    public SpaceTools(SpaceMacros admins, SpaceContent content, ReplyStore replies, FeedbackStore feedback, ModerationLog log, Viewer viewer,
                      Clock clock) {
        this.admins = Objects.requireNonNull(admins);
        this.content = Objects.requireNonNull(content);
        this.replies = Objects.requireNonNull(replies);
        this.feedback = Objects.requireNonNull(feedback);
        this.log = Objects.requireNonNull(log);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
    }

    public Page<SpaceItem> blocks(String spaceKey, PageRequest request) {
        admins.requireSpaceAdmin(spaceKey);
        return Page.of(content.blocks(spaceKey, request.after(), request.fetch()), request, SpaceTools::position);
    }

    public Page<SpaceItem> thoughts(String spaceKey, PageRequest request) {
        admins.requireSpaceAdmin(spaceKey);
        return Page.of(content.thoughts(spaceKey, request.after(), request.fetch()), request, SpaceTools::position);
    }

    /** The replies on one of the space's blocks, oldest first, after the reply with id {@code afterId} (0: from the start). */
    public List<Reply> replies(String spaceKey, long pageId, String macroId, long afterId, int limit) {
        admins.requireSpaceAdmin(spaceKey);
        content.block(pageId, macroId).filter(b -> b.spaceKey().equals(spaceKey)).orElseThrow(OutloudException::notFound);
        return replies.page(pageId, macroId, Math.max(0, afterId), new PageRequest(null, limit).limit());
    }

    /** Every piece of feedback on one of the space's thoughts, oldest first; unnamed pieces without their giver. */
    public Page<Feedback> feedback(String spaceKey, long pageId, String macroId, PageRequest request) {
        admins.requireSpaceAdmin(spaceKey);
        content.thought(pageId, macroId).filter(t -> t.spaceKey().equals(spaceKey)).orElseThrow(OutloudException::notFound);
        List<Feedback> found = feedback.page(pageId, macroId, FeedbackStore.Visible.ALL, request.after(), request.fetch()).stream()
                .map(piece -> piece.unnamed() ? piece.withoutGiver() : piece).toList();
        return Page.of(found, request, piece -> Keyset.of(piece.createdAt(), piece.id()));
    }

    /** Removes a reply on one of the space's blocks, and records who removed it. */
    public ModerationRecord removeReply(String spaceKey, long replyId) {
        admins.requireSpaceAdmin(spaceKey);
        Reply reply = replies.find(replyId).orElseThrow(OutloudException::notFound);
        content.block(reply.pageId(), reply.macroId()).filter(b -> b.spaceKey().equals(spaceKey)).orElseThrow(OutloudException::notFound);
        replies.delete(reply.id());
        return log.add(new ModerationRecord(0, spaceKey, viewer.requireUserKey(), ModerationRecord.Kind.REPLY, reply.id(), reply.pageId(),
                reply.macroId(), reply.authorKey(), clock.instant()));
    }

    /** Removes a piece of feedback on one of the space's thoughts, and records who removed it. */
    public ModerationRecord removeFeedback(String spaceKey, long feedbackId) {
        admins.requireSpaceAdmin(spaceKey);
        Feedback piece = feedback.find(feedbackId).orElseThrow(OutloudException::notFound);
        content.thought(piece.pageId(), piece.macroId()).filter(t -> t.spaceKey().equals(spaceKey)).orElseThrow(OutloudException::notFound);
        feedback.delete(piece.id());
        // An unnamed piece's giver stays out of the record too: the record is shown to every admin of the space.
        return log.add(new ModerationRecord(0, spaceKey, viewer.requireUserKey(), ModerationRecord.Kind.FEEDBACK, piece.id(), piece.pageId(),
                piece.macroId(), piece.unnamed() ? "" : piece.giverKey(), clock.instant()));
    }

    /** The space's moderation record, newest first. */
    public Page<ModerationRecord> record(String spaceKey, PageRequest request) {
        admins.requireSpaceAdmin(spaceKey);
        return Page.of(log.forSpace(spaceKey, request.after(), request.fetch()), request, r -> Keyset.of(r.at(), r.id()));
    }

    private static Keyset position(SpaceItem item) {
        return Keyset.of(item.createdAt(), item.id());
    }
}
