package io.outloud.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The roll-ups in memory, answering as AoFlowRollups does (FakesMatch… runs both on the same calls). */
public final class InMemoryFlowRollups implements FlowRollups {
    private final Map<LocalDate, List<FlowDay>> days = new TreeMap<>();
    private final Map<LocalDate, Instant> rolled = new TreeMap<>();
    public int reads;

    @Override
    public void replaceDay(LocalDate day, List<FlowDay> rows, Instant rolledAt) {
        days.put(day, List.copyOf(rows));
        rolled.put(day, rolledAt);
    }

    @Override
    public Map<LocalDate, Instant> rolledDays(LocalDate from, LocalDate to) {
        Map<LocalDate, Instant> found = new TreeMap<>();
        rolled.forEach((day, at) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                found.put(day, at);
            }
        });
        return found;
    }

    @Override
    public List<FlowDay> rows(LocalDate from, LocalDate to, String community) {
        reads++;
        List<FlowDay> found = new ArrayList<>();
        days.forEach((day, rows) -> rows.stream()
                .filter(row -> !day.isBefore(from) && !day.isAfter(to) && (community == null || community.equals(row.community())))
                .forEach(found::add));
        return found;
    }

    @Override
    public int forgetBefore(LocalDate day) {
        int[] gone = {0};
        days.keySet().removeIf(d -> {
            if (d.isBefore(day)) {
                gone[0] += days.get(d).size();
                return true;
            }
            return false;
        });
        rolled.keySet().removeIf(d -> d.isBefore(day));
        return gone[0];
    }
}
