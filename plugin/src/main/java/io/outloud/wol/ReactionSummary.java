package io.outloud.wol;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The reactions on one block as one viewer sees them: a count per kind and which kinds are the viewer's own. */
public record ReactionSummary(String macroId, Map<ReactionKind, Integer> counts, Set<ReactionKind> mine) {

    public ReactionSummary {
        counts = Map.copyOf(counts);
        mine = mine.isEmpty() ? Set.of() : Set.copyOf(mine);
    }

    public static ReactionSummary of(String macroId, Collection<Reaction> reactions, String viewerKey) {
        Map<ReactionKind, Integer> counts = new EnumMap<>(ReactionKind.class);
        Set<ReactionKind> mine = EnumSet.noneOf(ReactionKind.class);
        for (ReactionKind kind : ReactionKind.values()) {
            counts.put(kind, 0);
        }
        for (Reaction reaction : reactions) {
            if (reaction.macroId().equals(macroId)) {
                counts.merge(reaction.kind(), 1, Integer::sum);
                if (reaction.userKey().equals(viewerKey)) {
                    mine.add(reaction.kind());
                }
            }
        }
        return new ReactionSummary(macroId, counts, mine);
    }

    public int count(ReactionKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public boolean isMine(ReactionKind kind) {
        return mine.contains(kind);
    }
}
