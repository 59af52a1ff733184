package io.outloud.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which departments a community connects: how many members each has and its share, largest first (members without a
 * department are counted apart, never as a department), and the departments the organisation has that are not yet
 * there.
 */
public record Diversity(int members, List<Share> departments, int withoutDepartment, List<String> missing) {

    public record Share(String department, int members, int percent) {
    }

    public Diversity {
        departments = List.copyOf(departments);
        missing = List.copyOf(missing);
    }

    /** From members per department ("" for none) and the departments known to the organisation. */
    public static Diversity of(Map<String, Integer> counts, Set<String> knownDepartments) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Share> shares = new ArrayList<>();
        counts.forEach((department, n) -> {
            if (!department.isEmpty()) {
                shares.add(new Share(department, n, total == 0 ? 0 : (int) Math.round(100.0 * n / total)));
            }
        });
        shares.sort(Comparator.comparingInt(Share::members).reversed().thenComparing(Share::department));
        Set<String> missing = new TreeSet<>(knownDepartments);
        missing.remove("");
        counts.keySet().forEach(missing::remove);
        return new Diversity(total, shares, counts.getOrDefault("", 0), new ArrayList<>(missing));
    }

    public int departmentCount() {
        return departments.size();
    }
}
