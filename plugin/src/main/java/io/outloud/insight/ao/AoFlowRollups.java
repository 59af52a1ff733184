package io.outloud.insight.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.insight.FlowDay;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowRollups;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The daily roll-ups in Active Objects: a day is replaced whole in one transaction, so a re-run changes nothing. */
public class AoFlowRollups implements FlowRollups {
    private final ActiveObjects ao;

    public AoFlowRollups(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void replaceDay(LocalDate day, List<FlowDay> rows, Instant rolledAt) {
        long epochDay = day.toEpochDay();
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoFlowDay.class, AoFlowDay.DAY + " = ?", epochDay);
            for (FlowDay row : rows) {
                ao.create(AoFlowDay.class, new DBParam(AoFlowDay.DAY, epochDay), new DBParam(AoFlowDay.FROM_DEPARTMENT, nullIfEmpty(row.fromDepartment())),
                        new DBParam(AoFlowDay.TO_DEPARTMENT, nullIfEmpty(row.toDepartment())), new DBParam(AoFlowDay.KIND, row.kind().code()),
                        new DBParam(AoFlowDay.COMMUNITY, nullIfEmpty(row.community())), new DBParam(AoFlowDay.EVENTS, row.events()),
                        new DBParam(AoFlowDay.GIVERS, row.givers()), new DBParam(AoFlowDay.TAKERS, row.takers()));
            }
            AoFlowRolled[] marks = ao.find(AoFlowRolled.class, Query.select().where(AoFlowRolled.DAY + " = ?", epochDay));
            if (marks.length == 0) {
                ao.create(AoFlowRolled.class, new DBParam(AoFlowRolled.DAY, epochDay), new DBParam(AoFlowRolled.ROLLED_AT, rolledAt.toEpochMilli()));
            } else {
                marks[0].setRolledAt(rolledAt.toEpochMilli());
                marks[0].save();
            }
            return null;
        });
    }

    @Override
    public Map<LocalDate, Instant> rolledDays(LocalDate from, LocalDate to) {
        Map<LocalDate, Instant> days = new HashMap<>();
        for (AoFlowRolled mark : ao.find(AoFlowRolled.class, Query.select().where(AoFlowRolled.DAY + " >= ? AND " + AoFlowRolled.DAY + " <= ?",
                from.toEpochDay(), to.toEpochDay()))) {
            days.put(LocalDate.ofEpochDay(mark.getEpochDay()), Instant.ofEpochMilli(mark.getRolledAt()));
        }
        return days;
    }

    @Override
    public List<FlowDay> rows(LocalDate from, LocalDate to, String community) {
        String where = AoFlowDay.DAY + " >= ? AND " + AoFlowDay.DAY + " <= ?";
        Query query = community == null
                ? Query.select().where(where, from.toEpochDay(), to.toEpochDay())
                : Query.select().where(where + " AND " + AoFlowDay.COMMUNITY + " = ?", from.toEpochDay(), to.toEpochDay(), community);
        List<FlowDay> rows = new ArrayList<>();
        for (AoFlowDay row : ao.find(AoFlowDay.class, query)) {
            FlowKind.fromCode(row.getKind()).ifPresent(kind -> rows.add(new FlowDay(LocalDate.ofEpochDay(row.getEpochDay()), row.getFromDepartment(),
                    row.getToDepartment(), kind, row.getCommunity(), row.getEvents(), row.getGivers(), row.getTakers())));
        }
        return rows;
    }

    @Override
    public int forgetBefore(LocalDate day) {
        long epochDay = day.toEpochDay();
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoFlowRolled.class, AoFlowRolled.DAY + " < ?", epochDay);
            return ao.deleteWithSQL(AoFlowDay.class, AoFlowDay.DAY + " < ?", epochDay);
        });
    }

    private static String nullIfEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
