package io.outloud.preview.web;

import io.outloud.preview.host.PreviewClock;
import io.outloud.preview.host.PreviewSchedulerService;
import io.outloud.preview.html.Html;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The preview's clock, for testers (a preview-only control; Confluence has none): shows the time the plugin and its
 * jobs see, and lets days pass, or the week turn to next Monday morning (when the weekly digest is due), then runs the
 * jobs that came due, as Confluence's scheduler would on its next turn. Mails they send are in each person's outbox.
 */
public final class ClockServlet extends HttpServlet {
    static final int MAX_DAYS = 28;
    /** After the digest's hour (07:00, in the server's time zone as the plugin reads it). */
    static final LocalTime MONDAY_MORNING = LocalTime.of(8, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd HH:mm z");

    private final transient PreviewClock clock;
    private final transient PreviewSchedulerService scheduler;
    private final transient Layout layout;

    public ClockServlet(PreviewClock clock, PreviewSchedulerService scheduler, Layout layout) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ran = request.getParameter("ran");
        StringBuilder html = new StringBuilder("<p>The preview's time: <strong class=\"outloud-preview-time\">")
                .append(Html.escape(TIME.format(clock.instant().atZone(ZoneId.systemDefault())))).append("</strong>")
                .append(clock.offset().isZero() ? "" : " (" + Html.escape(clock.offset().toDays() + " days ahead of the system's") + ")").append(".</p>");
        if (ran != null && ran.matches("\\d{1,4}")) {
            html.append("<p class=\"outloud-preview-jobs\" role=\"status\">").append(Html.escape(ran)).append(" due jobs ran.</p>");
        }
        html.append("<form method=\"post\" action=\"/preview/clock\">").append(FormTokens.hiddenField(request))
                .append("<button class=\"aui-button\" type=\"submit\" name=\"days\" value=\"1\" id=\"preview-clock-day\">Let a day pass</button> ")
                .append("<button class=\"aui-button aui-button-primary\" type=\"submit\" name=\"to\" value=\"monday\" id=\"preview-clock-week\">")
                .append("Let the week turn (next Monday 08:00)</button></form>")
                .append("<p>Then see each person's mail in <a href=\"/outbox\" style=\"text-decoration: underline\">the outbox</a>.</p>");
        List<Layout.Crumb> crumbs = List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb("Clock", null));
        PageServlet.send(response, 200, layout.page(request, "Clock", crumbs, html.toString(), Layout.Meta.none()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request)) {
            response.sendError(403, "XSRF check failed");
            return;
        }
        Duration pass;
        if ("monday".equals(request.getParameter("to"))) {
            pass = Duration.between(clock.instant(), nextMondayMorning(clock.instant()));
        } else {
            String days = request.getParameter("days");
            if (days == null || !days.matches("\\d{1,2}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_DAYS) {
                response.sendError(400, "Let 1 to " + MAX_DAYS + " days pass, or the week turn");
                return;
            }
            pass = Duration.ofDays(Integer.parseInt(days));
        }
        // What is due now runs at the time it is due (a server would have run it already), then time passes.
        int ran = scheduler.runDueJobs();
        clock.advance(pass);
        ran += scheduler.runDueJobs();
        response.sendRedirect("/preview/clock?ran=" + ran);
    }

    static Instant nextMondayMorning(Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.systemDefault());
        ZonedDateTime monday = local.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(MONDAY_MORNING).atZone(local.getZone());
        return (monday.toInstant().isAfter(now) ? monday : monday.plusWeeks(1)).toInstant();
    }
}
