package io.outloud.preview.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One virtual user: a distinct person with their own session, sending what the browser sends for each action. REST
 * calls carry what the app's rest.js sends (JSON, {@code X-Atlassian-Token: no-check}, the page's own Origin); a page
 * view with the app's macros is followed by the calls its scripts make (one seen-by call for the blocks in view, the unread
 * count), so the app's cost of a page view is all in that action.
 */
final class DcaptUser {
    /** Blocks a reader has in view long enough to count as seen, per page view. */
    static final int BLOCKS_IN_VIEW = 2;
    private static final String REST = "/rest/outloud/1.0";
    private static final String[] REACTIONS = {"useful", "learned", "same-here", "thanks"};
    private static final String[] FEEDBACK = {"go-on", "helps-me"};
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;
    private final String session;
    private final DcaptSite site;
    private final boolean appPages;
    private final Random random;
    private final Set<String> joined = new HashSet<>();
    private int written;
    private double pageMillis;

    private DcaptUser(HttpClient http, String baseUrl, String session, DcaptSite site, boolean appPages, Random random) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
        this.site = site;
        this.appPages = appPages;
        this.random = random;
    }

    /** Logs this person in through the preview's log-in form; reads (a) the app's pages or (b) their plain twins. */
    static DcaptUser logIn(HttpClient http, String baseUrl, String username, DcaptSite site, boolean appPages, long seed) throws IOException {
        String session = new PreviewClient(baseUrl).actAs(username).sessionId();
        return new DcaptUser(http, baseUrl, session, site, appPages, new Random(seed));
    }

    Random random() {
        return random;
    }

    /** How long the page's own request took in the last page view. */
    double pageMillis() {
        return pageMillis;
    }

    /** Does the action; a failed request throws {@link Failed}. */
    void perform(DcaptAction action) throws IOException, InterruptedException {
        DcaptSite.AppPage page = site.pages().get(random.nextInt(site.pages().size()));
        String block = REST + "/blocks/" + page.pageId() + "/" + pick(page.blockIds());
        switch (action) {
            case VIEW_PAGE -> viewPage(page);
            case REACT -> send("POST", block + "/reactions", "{\"kind\":\"" + REACTIONS[random.nextInt(REACTIONS.length)] + "\"}", 200);
            case OPEN_STREAM -> send("GET", "/pages/viewpage.action?pageId=" + site.streamPageId(), null, 200);
            case REPLY -> send("POST", block + "/replies", "{\"text\":\"Load run reply " + (++written) + ": what did you measure?\"}", 201);
            case FEEDBACK -> send("POST", REST + "/thoughts/" + page.pageId() + "/" + pick(page.thoughtIds()) + "/feedback",
                    "{\"kind\":\"" + FEEDBACK[random.nextInt(FEEDBACK.length)] + "\",\"text\":\"Load run feedback " + (++written) + "\"}", 201);
            case JOIN_OR_LEAVE -> joinOrLeave(page.communityKey());
            case PAGE_ALONE -> throw new IllegalArgumentException("measured within " + DcaptAction.VIEW_PAGE);
        }
    }

    private void viewPage(DcaptSite.AppPage page) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String html = send("GET", "/pages/viewpage.action?pageId=" + (appPages ? page.pageId() : page.twinId()), null, 200);
        pageMillis = (System.nanoTime() - started) / 1e6;
        if (!html.contains("id=\"main-content-body\"")) {
            throw new Failed("the page came without its body");
        }
        if (!appPages) {
            return;
        }
        if (html.contains("data-seen-record=\"true\"")) {
            String macroIds = String.join("\",\"", page.blockIds().subList(0, BLOCKS_IN_VIEW));
            send("POST", REST + "/pages/" + page.pageId() + "/seen", "{\"macroIds\":[\"" + macroIds + "\"]}", 200);
        }
        if (html.contains("outloud-notices-link")) {
            send("GET", REST + "/notifications/count", null, 200);
        }
    }

    private void joinOrLeave(String community) throws IOException, InterruptedException {
        boolean member = joined.contains(community);
        send(member ? "DELETE" : "PUT", REST + "/communities/" + community + "/members/me", null, 200);
        if (member) {
            joined.remove(community);
        } else {
            joined.add(community);
        }
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Cookie", "JSESSIONID=" + session);
        if (path.startsWith(REST)) {
            request.header("Accept", "application/json").header("X-Atlassian-Token", "no-check");
        } else {
            request.header("Accept", "text/html");
        }
        if (!method.equals("GET")) {
            request.header("Origin", baseUrl);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String body = response.body().replaceAll("\\s+", " ");
            throw new Failed(method + " " + path + " answered " + response.statusCode() + ": " + body.substring(0, Math.min(160, body.length())));
        }
        return response.body();
    }

    /** A request that did not answer as the browser expects. */
    static final class Failed extends IOException {
        Failed(String message) {
            super(message);
        }
    }
}
