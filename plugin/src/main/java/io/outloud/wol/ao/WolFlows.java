package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.insight.FlowEvent;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowSource;
import io.outloud.wol.ShareRequest;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The knowledge flow blocks record on a day, for the insight roll-ups: reactions and replies (to the block's author),
 * help offered and accepted (from the helper to the author), requests to share answered (from who answered to who
 * asked). Four statements for the acts and one per {@value #BATCH} blocks they concern; acts on trashed blocks count
 * not.
 */
public class WolFlows implements FlowSource {
    static final int BATCH = 500;
    private final ActiveObjects ao;

    public WolFlows(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    private record Act(FlowKind kind, String fromKey, long pageId, String macroId, String toKey) {
    }

    private record BlockOwner(String authorKey, String community) {
    }

    @Override
    public List<FlowEvent> eventsOn(LocalDate day) {
        long from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<Act> acts = new ArrayList<>();
        for (AoReaction row : ao.find(AoReaction.class, Query.select("ID, " + AoReaction.USER_KEY + ", " + AoReaction.PAGE_ID + ", " + AoReaction.MACRO_ID)
                .where(AoReaction.CREATED_AT + " >= ? AND " + AoReaction.CREATED_AT + " < ?", from, to))) {
            acts.add(new Act(FlowKind.REACTION, row.getUserKey(), row.getPageId(), row.getMacroId(), null));
        }
        for (AoReply row : ao.find(AoReply.class, Query.select("ID, " + AoReply.AUTHOR_KEY + ", " + AoReply.PAGE_ID + ", " + AoReply.MACRO_ID)
                .where(AoReply.CREATED_AT + " >= ? AND " + AoReply.CREATED_AT + " < ?", from, to))) {
            acts.add(new Act(FlowKind.REPLY, row.getAuthorKey(), row.getPageId(), row.getMacroId(), null));
        }
        for (AoHelpOffer row : ao.find(AoHelpOffer.class, Query.select("ID, " + AoHelpOffer.HELPER_KEY + ", " + AoHelpOffer.PAGE_ID + ", "
                + AoHelpOffer.MACRO_ID + ", " + AoHelpOffer.ACCEPTED).where(AoHelpOffer.CREATED_AT + " >= ? AND " + AoHelpOffer.CREATED_AT + " < ?", from, to))) {
            acts.add(new Act(FlowKind.HELP_OFFERED, row.getHelperKey(), row.getPageId(), row.getMacroId(), null));
            if (row.isAccepted()) {
                acts.add(new Act(FlowKind.HELP_ACCEPTED, row.getHelperKey(), row.getPageId(), row.getMacroId(), null));
            }
        }
        for (AoShareRequest row : ao.find(AoShareRequest.class, Query.select("ID, " + AoShareRequest.ASKER_KEY + ", " + AoShareRequest.ASKEE_KEY + ", "
                + AoShareRequest.ANSWER_PAGE_ID + ", " + AoShareRequest.ANSWER_MACRO_ID).where(AoShareRequest.STATE + " = ? AND "
                + AoShareRequest.CLOSED_AT + " >= ? AND " + AoShareRequest.CLOSED_AT + " < ?", ShareRequest.State.ANSWERED.code(), from, to))) {
            acts.add(new Act(FlowKind.SHARE_ANSWERED, row.getAskeeKey(), row.getAnswerPageId(), row.getAnswerMacroId(), row.getAskerKey()));
        }
        Map<String, BlockOwner> blocks = blocks(acts);
        List<FlowEvent> events = new ArrayList<>();
        for (Act act : acts) {
            BlockOwner block = blocks.get(AoBlockStore.blockKey(act.pageId(), act.macroId()));
            if (act.toKey() != null) {
                events.add(new FlowEvent(act.kind(), act.fromKey(), act.toKey(), block == null ? "" : block.community()));
            } else if (block != null) {
                events.add(new FlowEvent(act.kind(), act.fromKey(), block.authorKey(), block.community()));
            }
        }
        return events;
    }

    private Map<String, BlockOwner> blocks(List<Act> acts) {
        Set<String> keys = new LinkedHashSet<>();
        acts.forEach(act -> keys.add(AoBlockStore.blockKey(act.pageId(), act.macroId())));
        Map<String, BlockOwner> owners = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int start = 0; start < all.size(); start += BATCH) {
            RowBatch batch = new RowBatch(all.subList(start, Math.min(all.size(), start + BATCH)).toArray());
            Arrays.stream(ao.find(AoBlock.class, Query.select("ID, " + AoBlock.BLOCK_KEY + ", " + AoBlock.AUTHOR_KEY + ", " + AoBlock.COMMUNITY + ", "
                            + AoBlock.TRASHED).where(batch.in(AoBlock.BLOCK_KEY), batch.values())))
                    .filter(block -> !block.isTrashed())
                    .forEach(block -> owners.put(block.getBlockKey(), new BlockOwner(block.getAuthorKey(), block.getCommunity())));
        }
        return owners;
    }
}
