package io.outloud.community.pairing;

import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.wol.Block;
import io.outloud.wol.StorageBlocks;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.StreamStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversation starters from what exists today: each partner's recent working-out-loud blocks ("working on ..."),
 * only on pages the recipient may view and only blocks still on their page. One stream query per partner; a round
 * asks through {@link #forOneRound()} so that each person's blocks are read once, however many people they are told to.
 *
 * <p>TODO(openTo): the people component is gaining {@code Person.openTo()} (what someone is open to talk about). When
 * it lands, put those topics first, as {@link ConversationStarter.Kind#OPEN_TO} starters, in {@link #forRecipient}.
 */
public class RecentBlockStarters implements ConversationStarters {
    /** How many of a partner's newest blocks are looked at. */
    static final int RECENT_BLOCKS = 10;

    private final StreamStore stream;
    private final PageAccess pages;
    private final Map<String, List<Block>> recent;

    public RecentBlockStarters(StreamStore stream, PageAccess pages) {
        this(stream, pages, null);
    }

    private RecentBlockStarters(StreamStore stream, PageAccess pages, Map<String, List<Block>> recent) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.recent = recent;
    }

    /** The same starters, reading each person's recent blocks once for the life of the returned object (one round). */
    @Override
    public ConversationStarters forOneRound() {
        return new RecentBlockStarters(stream, pages, new HashMap<>());
    }

    @Override
    public Map<String, List<ConversationStarter>> forRecipient(String recipientKey, Collection<String> partnerKeys) {
        Map<String, List<ConversationStarter>> found = new LinkedHashMap<>();
        for (String partner : partnerKeys) {
            List<ConversationStarter> starters = new ArrayList<>();
            // TODO(openTo): starters.addAll(topics of Person.openTo() of the partner, as Kind.OPEN_TO) once people has it.
            for (Block block : blocksOf(partner)) {
                if (starters.size() >= MAX_PER_PARTNER) {
                    break;
                }
                Optional<PageRef> page = pages.viewablePageFor(recipientKey, block.pageId());
                if (page.isEmpty()) {
                    continue;
                }
                String workingOn = StorageBlocks.workingOn(page.get().storageBody()).get(block.macroId());
                if (workingOn != null && !workingOn.isBlank()) {
                    starters.add(new ConversationStarter(ConversationStarter.Kind.WORKING_ON, workingOn, page.get().id(), page.get().title()));
                }
            }
            found.put(partner, List.copyOf(starters));
        }
        return found;
    }

    private List<Block> blocksOf(String userKey) {
        if (recent == null) {
            return stream.recent(new StreamFilter(null, null, null, userKey, null), null, RECENT_BLOCKS);
        }
        return recent.computeIfAbsent(userKey, k -> stream.recent(new StreamFilter(null, null, null, k, null), null, RECENT_BLOCKS));
    }
}
