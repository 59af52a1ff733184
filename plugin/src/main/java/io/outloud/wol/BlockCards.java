package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The data behind the block cards of a page being rendered (whose view permission the host checked). */
public class BlockCards {
    private final BlockStore blocks;
    private final ReactionStore reactions;
    private final ReplyStore replies;
    private final PersonDirectory people;
    private final BlockRegistry registry;
    private final SeenStore seen;
    private final SettingsService settings;
    private final HelpStore help;
    private final ShareRequestStore shareRequests;

    public BlockCards(BlockStore blocks, ReactionStore reactions, ReplyStore replies, PersonDirectory people, BlockRegistry registry,
                      SeenStore seen, SettingsService settings, HelpStore help, ShareRequestStore shareRequests) {
        this.blocks = Objects.requireNonNull(blocks);
        this.reactions = Objects.requireNonNull(reactions);
        this.replies = Objects.requireNonNull(replies);
        this.people = Objects.requireNonNull(people);
        this.registry = Objects.requireNonNull(registry);
        this.seen = Objects.requireNonNull(seen);
        this.settings = Objects.requireNonNull(settings);
        this.help = Objects.requireNonNull(help);
        this.shareRequests = Objects.requireNonNull(shareRequests);
    }

    /**
     * A fixed number of lookups whatever the number of blocks: blocks, reactions, reply counts and seen-by counts; their
     * authors from the host (the site settings that say where departments come from and grade the seen-by counts
     * from their cluster-wide cache). The offers of help and the requests to share that blocks answer, with the people
     * they name, only when a block shows them, one lookup each.
     */
    public PageBlocks load(long pageId) {
        List<Block> pageBlocks = blocks.findByPage(pageId);
        Set<String> authors = pageBlocks.stream().map(Block::authorKey).collect(Collectors.toCollection(HashSet::new));
        SiteSettings site = settings.site();
        PageBlocks page = new PageBlocks(pageId, pageBlocks, reactions.forPage(pageId), replies.countsForPage(pageId),
                people.cards(authors, site.departments()));
        page.seen(seen.countsForPage(pageId), site.minGroupSize());
        page.reactorNames(site.reactorNames());
        page.offers(() -> {
            List<HelpOffer> offers = help.forPage(pageId);
            page.addPeople(people.cards(offers.stream().filter(HelpOffer::accepted).map(HelpOffer::helperKey).toList(), site.departments()));
            return offers;
        });
        page.answers(() -> {
            List<ShareRequest> answered = shareRequests.answeredOnPage(pageId);
            page.addPeople(people.cards(answered.stream().map(ShareRequest::askerKey).toList(), site.departments()));
            return answered;
        });
        return page;
    }

    /** The block of this occurrence, registered now if no page save did (with the page's last editor as author). */
    public Block block(PageBlocks page, MacroIdentity identity, BlockStatus status, String fallbackAuthorKey) {
        Block known = page.block(identity.macroId());
        if (known != null) {
            return known;
        }
        Block registered = registry.ensureRegistered(identity, fallbackAuthorKey, status);
        page.add(registered, people.cards(List.of(registered.authorKey())).get(registered.authorKey()));
        return registered;
    }
}
