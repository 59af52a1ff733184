package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.Keyset;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who reacted to a block, graded as the site admin decides ({@link io.outloud.settings.ReactorNames}): names for
 * every signed-in reader, for the author only, or for nobody. People who chose not to be named are counted among
 * "others", never named. The rule is enforced here, on the server: a reader who may not see names gets none.
 */
public class WhoReactedService {
    private final ReactionStore reactions;
    private final BlockStore blocks;
    private final MacroAccess access;
    private final Viewer viewer;
    private final SettingsService settings;

    public WhoReactedService(ReactionStore reactions, BlockStore blocks, PageAccess pages, Viewer viewer, SettingsService settings) {
        this.reactions = Objects.requireNonNull(reactions);
        this.blocks = Objects.requireNonNull(blocks);
        this.access = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * One kind of reaction: how many, one page of the people who may be named (oldest first; {@code next} empty on
     * the last page), and how many are never named. A page may name fewer than asked: people who chose not to be
     * named are left out after it was read, so the cursor never depends on them.
     */
    public record Group(ReactionKind kind, int count, List<String> namedKeys, int others, Optional<Keyset> next) {
    }

    /** What the reader may know: {@code namesShown} false means every group names nobody. */
    public record Answer(boolean namesShown, List<Group> groups) {
    }

    /** Every kind, each with its first page of names. */
    public Answer whoReacted(long pageId, String macroId) {
        return whoReacted(pageId, macroId, null, PageRequest.first(0));
    }

    /** One kind's page of names after the request's cursor, or, without a kind, every kind's first page. */
    public Answer whoReacted(long pageId, String macroId, ReactionKind only, PageRequest request) {
        access.requireViewable(pageId, macroId);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        SiteSettings site = settings.site();
        boolean shown = site.reactorNames().shownTo(viewer.userKey().orElse(""), block.authorKey());
        Set<String> hidden = shown ? settings.hiddenFromSeenBy() : Set.of();
        Map<ReactionKind, List<String>> byKind = new EnumMap<>(ReactionKind.class);
        for (Reaction reaction : reactions.forBlock(pageId, macroId)) {
            byKind.computeIfAbsent(reaction.kind(), k -> new ArrayList<>()).add(reaction.userKey());
        }
        List<Group> groups = new ArrayList<>();
        for (ReactionKind kind : ReactionKind.values()) {
            if (only != null && kind != only) {
                continue;
            }
            List<String> who = byKind.getOrDefault(kind, List.of());
            int unnamed = shown ? (int) who.stream().filter(hidden::contains).count() : who.size();
            if (!shown || who.isEmpty()) {
                groups.add(new Group(kind, who.size(), List.of(), unnamed, Optional.empty()));
                continue;
            }
            PageRequest page = only == null ? PageRequest.first(request.limit()) : request;
            Page<Reactor> reactors = Page.of(reactions.reactors(pageId, macroId, kind, page.after(), page.fetch()), page, Reactor::position);
            List<String> named = reactors.items().stream().map(Reactor::userKey).filter(key -> !hidden.contains(key)).toList();
            groups.add(new Group(kind, who.size(), named, unnamed, reactors.next()));
        }
        return new Answer(shown, groups);
    }
}
