package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who reacted to a block, graded as the site admin decides ({@link io.outloud.settings.ReactorNames}): names for
 * every signed-in reader, for the author only, or for nobody. People who chose not to be named are counted among
 * "others", never named. The rule is enforced here, on the server: a reader who may not see names gets none.
 */
public class WhoReactedService {
    /** The most names one kind lists; the rest are counted. */
    public static final int MAX_NAMES = 50;

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

    /** One kind of reaction: how many, who may be named (oldest first), how many more are not named. */
    public record Group(ReactionKind kind, int count, List<String> namedKeys, int others) {
    }

    /** What the reader may know: {@code namesShown} false means every group names nobody. */
    public record Answer(boolean namesShown, List<Group> groups) {
    }

    public Answer whoReacted(long pageId, String macroId) {
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
            List<String> who = byKind.getOrDefault(kind, List.of());
            List<String> named = shown ? who.stream().filter(key -> !hidden.contains(key)).limit(MAX_NAMES).toList() : List.of();
            groups.add(new Group(kind, who.size(), named, who.size() - named.size()));
        }
        return new Answer(shown, groups);
    }
}
