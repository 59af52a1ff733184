package io.outloud.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Knowledge flow between departments over a period, as group figures only: a department x department cell per kind,
 * the weekly trend of what crossed departments, and the share of the acts that crossed. Every figure that may come
 * from fewer people than the minimum group size is suppressed. The trend and the share count the shown cells only,
 * so no difference of two shown figures gives away a suppressed one; there are no row or column totals for the same
 * reason, and no figure names or ranks a person.
 *
 * @param community   the community's key, or null for the whole site
 * @param departments the departments that occur, in name order ("" for unknown, last)
 */
public record FlowReport(InsightPeriod period, String community, String communityName, int minGroupSize, List<String> departments,
                         Map<FlowKind, List<FlowCell>> cells, Map<FlowKind, List<TrendPoint>> trend, int shownEvents,
                         int shownCrossingEvents) {
    private static final Comparator<String> DEPARTMENT_ORDER = Comparator.comparing(String::isEmpty).thenComparing(String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Comparator.naturalOrder());

    /** The report of these roll-up rows (those outside the period are ignored). */
    public static FlowReport of(InsightPeriod period, String community, String communityName, int minGroupSize, List<FlowDay> rows) {
        Set<String> departments = new TreeSet<>(DEPARTMENT_ORDER);
        Map<FlowKind, Map<List<String>, List<FlowDay>>> byCell = new LinkedHashMap<>();
        for (FlowKind kind : FlowKind.values()) {
            byCell.put(kind, new HashMap<>());
        }
        for (FlowDay row : rows) {
            if (period.contains(row.day())) {
                departments.add(row.fromDepartment());
                departments.add(row.toDepartment());
                byCell.get(row.kind()).computeIfAbsent(List.of(row.fromDepartment(), row.toDepartment()), k -> new ArrayList<>()).add(row);
            }
        }
        Map<FlowKind, List<FlowCell>> cells = new LinkedHashMap<>();
        Map<FlowKind, List<TrendPoint>> trend = new LinkedHashMap<>();
        int shown = 0;
        int crossing = 0;
        for (FlowKind kind : FlowKind.values()) {
            List<FlowCell> kindCells = new ArrayList<>();
            List<FlowDay> shownCrossingRows = new ArrayList<>();
            for (Map.Entry<List<String>, List<FlowDay>> cell : byCell.get(kind).entrySet()) {
                FlowCell figure = cell(cell.getKey().get(0), cell.getKey().get(1), kind, cell.getValue(), minGroupSize);
                kindCells.add(figure);
                if (!figure.suppressed()) {
                    shown += figure.events();
                    if (figure.crossesDepartments()) {
                        crossing += figure.events();
                        shownCrossingRows.addAll(cell.getValue());
                    }
                }
            }
            kindCells.sort(Comparator.comparing(FlowCell::fromDepartment, DEPARTMENT_ORDER).thenComparing(FlowCell::toDepartment, DEPARTMENT_ORDER));
            cells.put(kind, List.copyOf(kindCells));
            trend.put(kind, trend(period, kind, shownCrossingRows, minGroupSize));
        }
        return new FlowReport(period, community, communityName, minGroupSize, List.copyOf(departments), cells, trend, shown, crossing);
    }

    private static FlowCell cell(String from, String to, FlowKind kind, List<FlowDay> rows, int minGroupSize) {
        PeopleBound people = new PeopleBound();
        int events = 0;
        for (FlowDay row : rows) {
            people.add(row);
            events += row.events();
        }
        boolean suppressed = events > 0 && people.below(minGroupSize);
        return new FlowCell(from, to, kind, suppressed ? 0 : events, suppressed);
    }

    private static List<TrendPoint> trend(InsightPeriod period, FlowKind kind, List<FlowDay> rows, int minGroupSize) {
        int[] events = new int[period.weeks()];
        List<PeopleBound> people = new ArrayList<>();
        for (int week = 0; week < period.weeks(); week++) {
            people.add(new PeopleBound());
        }
        for (FlowDay row : rows) {
            int week = period.weekOf(row.day());
            events[week] += row.events();
            people.get(week).add(row);
        }
        List<TrendPoint> points = new ArrayList<>();
        List<java.time.LocalDate> starts = period.weekStarts();
        for (int week = 0; week < period.weeks(); week++) {
            boolean suppressed = events[week] > 0 && people.get(week).below(minGroupSize);
            points.add(new TrendPoint(starts.get(week), kind, suppressed ? 0 : events[week], suppressed));
        }
        return List.copyOf(points);
    }

    /** The cell from one department to another, if any act of the kind went that way. */
    public java.util.Optional<FlowCell> cell(FlowKind kind, String from, String to) {
        return cells.get(kind).stream().filter(c -> c.fromDepartment().equals(from) && c.toDepartment().equals(to)).findFirst();
    }

    /** Percent (0-100, rounded) of the shown acts that crossed departments; null when nothing is shown. */
    public Integer crossingPercent() {
        return shownEvents == 0 ? null : (int) Math.round(100.0 * shownCrossingEvents / shownEvents);
    }

    /** Whether some figure was suppressed (the page says why). */
    public boolean anySuppressed() {
        Set<Boolean> seen = new HashSet<>();
        cells.values().forEach(list -> list.forEach(c -> seen.add(c.suppressed())));
        return seen.contains(true);
    }
}
