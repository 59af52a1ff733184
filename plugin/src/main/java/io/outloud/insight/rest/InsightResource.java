package io.outloud.insight.rest;

import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.insight.FlowCell;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowReport;
import io.outloud.insight.InsightCsv;
import io.outloud.insight.InsightService;
import io.outloud.insight.TrendPoint;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-department insight: {@code GET /insight?weeks=4|12|26} for the whole site (site admins), with
 * {@code &community=key} for one community (site admins and its leads); {@code /insight/csv} the same as a CSV file.
 * The use case checks who may read, on every call. Suppressed figures are null with "suppressed": true.
 */
@Path("/insight")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    private final InsightService insight;

    public InsightResource(InsightService insightService) {
        this.insight = insightService;
    }

    @GET
    public Response get(@QueryParam("weeks") String weeks, @QueryParam("community") String community) {
        return JsonResponses.ok(json(insight.report(weeks(weeks), blankToNull(community))));
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("weeks") String weeks, @QueryParam("community") String community) {
        FlowReport report = insight.report(weeks(weeks), blankToNull(community));
        return Response.ok(InsightCsv.of(report), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + InsightCsv.fileName(report) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }

    /** The weeks asked for: null for the default; anything not a number is refused as the period rule refuses it. */
    public static Integer weeks(String weeks) {
        if (weeks == null || weeks.isBlank()) {
            return null;
        }
        if (!weeks.matches("\\d{1,3}")) {
            throw OutloudException.invalid("outloud.insight.error.period");
        }
        return Integer.valueOf(weeks);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Map<String, Object> json(FlowReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weeks", report.period().weeks());
        json.put("first", report.period().first().toString());
        json.put("last", report.period().last().toString());
        json.put("community", report.community());
        json.put("communityName", report.communityName());
        json.put("minGroupSize", report.minGroupSize());
        json.put("departments", report.departments());
        json.put("crossingPercent", report.crossingPercent());
        List<Object> kinds = new ArrayList<>();
        for (FlowKind kind : FlowKind.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", kind.code());
            List<Object> cells = new ArrayList<>();
            for (FlowCell cell : report.cells().get(kind)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("from", cell.fromDepartment());
                c.put("to", cell.toDepartment());
                c.put("events", cell.shownEvents());
                c.put("suppressed", cell.suppressed());
                cells.add(c);
            }
            one.put("cells", cells);
            List<Object> trend = new ArrayList<>();
            for (TrendPoint point : report.trend().get(kind)) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("weekStart", point.weekStart().toString());
                p.put("events", point.shownEvents());
                p.put("suppressed", point.suppressed());
                trend.add(p);
            }
            one.put("trend", trend);
            kinds.add(one);
        }
        json.put("kinds", kinds);
        return json;
    }
}
