package io.outloud.wol;

import io.outloud.people.Person;
import io.outloud.settings.ReactorNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one rendering of a page needs for all its blocks, loaded in a fixed number of queries: the blocks,
 * their reactions and their authors. A block met for the first time is added as it is registered. Offers of help and
 * answered requests to share are read when the first block that shows them asks (most pages have none), once.
 */
public final class PageBlocks {
    private final long pageId;
    private final Map<String, Block> blocks = new HashMap<>();
    private final List<Reaction> reactions;
    private final Map<String, Integer> replyCounts;
    private final Map<String, Person> people = new HashMap<>();
    private Map<String, SeenCount> seen = Map.of();
    private int minGroupSize = Integer.MAX_VALUE;
    private ReactorNames reactorNames = ReactorNames.NOBODY;
    private Supplier<List<HelpOffer>> offerLoader = List::of;
    private List<HelpOffer> offers;
    private Supplier<List<ShareRequest>> answerLoader = List::of;
    private Map<String, ShareRequest> answers;

    PageBlocks(long pageId, List<Block> blocks, List<Reaction> reactions, Map<String, Integer> replyCounts, Map<String, Person> people) {
        this.pageId = pageId;
        blocks.forEach(block -> this.blocks.put(block.macroId(), block));
        this.reactions = List.copyOf(reactions);
        this.replyCounts = Map.copyOf(replyCounts);
        this.people.putAll(people);
    }

    public long pageId() {
        return pageId;
    }

    public Block block(String macroId) {
        return blocks.get(macroId);
    }

    void add(Block block, Person author) {
        blocks.put(block.macroId(), block);
        people.put(author.userKey(), author);
    }

    void addPeople(Map<String, Person> more) {
        people.putAll(more);
    }

    public List<Reaction> reactions() {
        return reactions;
    }

    public int replyCount(String macroId) {
        return replyCounts.getOrDefault(macroId, 0);
    }

    void reactorNames(ReactorNames rule) {
        this.reactorNames = rule;
    }

    /** Whether this reader may see who reacted to this block (the site's rule, read once per page). */
    public boolean reactorNamesShown(Block block, String readerKey) {
        return reactorNames.shownTo(readerKey, block.authorKey());
    }

    void seen(Map<String, SeenCount> counts, int minGroupSize) {
        this.seen = Map.copyOf(counts);
        this.minGroupSize = minGroupSize;
    }

    /** The seen-by line of a block as everyone may see it. */
    public SeenSummary seen(String macroId) {
        return SeenSummary.of(seen.getOrDefault(macroId, SeenCount.NONE), minGroupSize);
    }

    /** Where the page's offers of help come from (read on first use; the loader adds the people they name). */
    void offers(Supplier<List<HelpOffer>> loader) {
        this.offerLoader = loader;
    }

    /** The offers of help on a block as this reader may see them. */
    public HelpService.Board help(Block block, boolean helpWanted, String readerKey) {
        if (offers == null) {
            offers = List.copyOf(offerLoader.get());
        }
        return HelpService.board(helpWanted, block, offers.stream().filter(o -> o.macroId().equals(block.macroId())).toList(), readerKey);
    }

    /** Where the page's answered requests to share come from (read on first use; the loader adds their askers). */
    void answers(Supplier<List<ShareRequest>> loader) {
        this.answerLoader = loader;
    }

    /** The request to share that this block answers, if its author is the one who was asked. */
    public Optional<ShareRequest> answer(Block block) {
        if (answers == null) {
            Map<String, ShareRequest> byBlock = new HashMap<>();
            answerLoader.get().forEach(request -> byBlock.putIfAbsent(request.answerMacroId(), request));
            answers = byBlock;
        }
        return Optional.ofNullable(answers.get(block.macroId())).filter(r -> r.askeeKey().equals(block.authorKey()));
    }

    public Person person(String userKey) {
        return people.getOrDefault(userKey, Person.unknown(userKey));
    }
}
