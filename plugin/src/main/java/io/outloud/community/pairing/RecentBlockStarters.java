package io.outloud.community.pairing;

import io.outloud.content.PageAccess;
import io.outloud.people.PersonDirectory;
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
 * Conversation starters: first what each partner said they are open to talk about (the people component), then their
 * recent working-out-loud blocks ("working on ..."), only on pages the recipient may view and only blocks still on
 * their page. One people lookup and one stream query per partner; a round asks through {@link #forOneRound()} so that
 * each person is read once, however many people they are told to.
 */
public class RecentBlockStarters implements ConversationStarters {
    /** How many of a partner's newest blocks are looked at. */
    static final int RECENT_BLOCKS = 10;

    private final StreamStore stream;
    private final PageAccess pages;
    private final PersonDirectory people;
    private final Map<String, List<Block>> recent;
    private final Map<String, String> openTo;

    public RecentBlockStarters(StreamStore stream, PageAccess pages, PersonDirectory people) {
        this(stream, pages, people, null, null);
    }

    private RecentBlockStarters(StreamStore stream, PageAccess pages, PersonDirectory people, Map<String, List<Block>> recent,
                                Map<String, String> openTo) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.people = Objects.requireNonNull(people, "people");
        this.recent = recent;
        this.openTo = openTo;
    }

    /** The same starters, reading each person's recent blocks once for the life of the returned object (one round). */
    @Override
    public ConversationStarters forOneRound() {
        return new RecentBlockStarters(stream, pages, people, new HashMap<>(), new HashMap<>());
    }

    @Override
    public Map<String, List<ConversationStarter>> forRecipient(String recipientKey, Collection<String> partnerKeys) {
        Map<String, List<ConversationStarter>> found = new LinkedHashMap<>();
        Map<String, String> saidBy = openToOf(partnerKeys);
        for (String partner : partnerKeys) {
            List<ConversationStarter> starters = new ArrayList<>();
            String said = saidBy.getOrDefault(partner, "");
            if (!said.isBlank()) {
                starters.add(new ConversationStarter(ConversationStarter.Kind.OPEN_TO, said, 0, ""));
            }
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

    /** What each partner is open to talk about ("" when they said nothing), read once per round. */
    private Map<String, String> openToOf(Collection<String> partnerKeys) {
        if (openTo == null) {
            Map<String, String> said = new HashMap<>();
            people.people(partnerKeys).forEach((key, person) -> said.put(key, person.openTo()));
            return said;
        }
        List<String> missing = partnerKeys.stream().filter(k -> !openTo.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            people.people(missing).forEach((key, person) -> openTo.put(key, person.openTo()));
        }
        return openTo;
    }

    private List<Block> blocksOf(String userKey) {
        if (recent == null) {
            return stream.recent(new StreamFilter(null, null, null, userKey, null), null, RECENT_BLOCKS).blocks();
        }
        return recent.computeIfAbsent(userKey, k -> stream.recent(new StreamFilter(null, null, null, k, null), null, RECENT_BLOCKS).blocks());
    }
}
