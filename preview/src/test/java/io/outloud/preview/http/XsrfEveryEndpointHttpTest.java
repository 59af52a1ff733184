package io.outloud.preview.http;

import io.outloud.preview.plugin.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app's own XSRF check over real HTTP, on every state-changing endpoint of its REST module, found by reflection in
 * the packages the descriptor's {@code <rest>} module names (so a new endpoint is tried without anyone listing it):
 * a foreign Origin is refused, a form-like content type without {@code X-Atlassian-Token: no-check} is refused, and
 * same-origin JSON passes the check (whatever the resource then answers to the made-up ids).
 */
class XsrfEveryEndpointHttpTest extends DemoPreviewHttpTest {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0";
    private static final String FOREIGN = "http://evil.example";
    /** The English message up to its apostrophe, which the app's JSON writes as an escape. */
    private static final String REFUSED_EN = "This change was refused: it did not come from this site";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every POST, PUT, DELETE and PATCH of the app's REST resources, with each path parameter given the value 1. */
    static List<Endpoint> mutatingEndpoints() throws ClassNotFoundException {
        ClassLoader loader = XsrfEveryEndpointHttpTest.class.getClassLoader();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        Set<String> found = new TreeSet<>();
        for (PluginDescriptor.RestModule module : PluginDescriptor.load(loader).restModules()) {
            String base = "/rest" + module.path() + "/" + module.version();
            for (String pkg : module.packages()) {
                for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                    Class<?> resource = Class.forName(candidate.getBeanClassName(), false, loader);
                    for (Method method : resource.getMethods()) {
                        String verb = httpMethod(method);
                        if (verb != null && MUTATING.contains(verb)) {
                            found.add(verb + " " + (base + path(resource.getAnnotation(Path.class)) + path(method.getAnnotation(Path.class)))
                                    .replaceAll("\\{[^}]*}", "1"));
                        }
                    }
                }
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (String line : found) {
            int space = line.indexOf(' ');
            endpoints.add(new Endpoint(line.substring(0, space), line.substring(space + 1)));
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String path(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        return path.value().startsWith("/") ? path.value() : "/" + path.value();
    }

    private static boolean xsrfRefusal(PreviewClient.Response response) {
        return response.statusCode() == 403 && (response.body().contains(REFUSED_EN) || response.body().equals("XSRF check failed"));
    }

    @Test
    void theEnumeration_findsEveryKindOfChange_includingThoseTheHostOnlyLogged() throws Exception {
        List<Endpoint> endpoints = mutatingEndpoints();
        assertTrue(endpoints.size() >= 30, "found only " + endpoints);
        for (String expected : List.of("PUT /rest/outloud/1.0/admin/settings", "PUT /rest/outloud/1.0/me/preferences",
                "PUT /rest/outloud/1.0/communities/1/members/me", "DELETE /rest/outloud/1.0/communities/1/members/me",
                "PUT /rest/outloud/1.0/people/me/profile", "POST /rest/outloud/1.0/blocks/1/1/replies")) {
            assertTrue(endpoints.stream().anyMatch(e -> e.toString().equals(expected)), expected + " in " + endpoints);
        }
    }

    @Test
    void aForeignOrigin_isRefusedEverywhere_evenWithJsonAndTheToken() throws Exception {
        PreviewClient alice = as("alice");
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : mutatingEndpoints()) {
            PreviewClient.Response json = alice.send(endpoint.method(), endpoint.path(), "application/json", "{}", "User-Agent", BROWSER, "Origin", FOREIGN);
            if (json.statusCode() != 403 || !json.body().contains("\"message\":\"" + REFUSED_EN)) {
                failures.add(endpoint + " JSON from a foreign origin: " + json.statusCode() + " " + json.body());
            }
            PreviewClient.Response token = alice.send(endpoint.method(), endpoint.path(), "application/json", "{}", "User-Agent", BROWSER,
                    "Referer", FOREIGN + "/page", "X-Atlassian-Token", "no-check");
            if (!xsrfRefusal(token)) {
                failures.add(endpoint + " with the token from a foreign referrer: " + token.statusCode());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void formLikeContentTypes_withoutTheToken_areRefusedEverywhere() throws Exception {
        PreviewClient alice = as("alice");
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : mutatingEndpoints()) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                PreviewClient.Response response = alice.send(endpoint.method(), endpoint.path(), type, "{}");
                if (!xsrfRefusal(response)) {
                    failures.add(endpoint + " " + type + ": " + response.statusCode() + " " + response.body());
                }
            }
            PreviewClient.Response none = alice.send(endpoint.method(), endpoint.path(), null, null);
            if (!xsrfRefusal(none)) {
                failures.add(endpoint + " without a body or the token: " + none.statusCode());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void sameOriginJson_andTheAppsOwnScriptsWay_passTheCheck() throws Exception {
        PreviewClient alice = as("alice");
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : mutatingEndpoints()) {
            PreviewClient.Response browser = alice.send(endpoint.method(), endpoint.path(), "application/json;charset=UTF-8", "{}",
                    "User-Agent", BROWSER, "Origin", server.baseUrl());
            PreviewClient.Response script = alice.send(endpoint.method(), endpoint.path(), null, null,
                    "User-Agent", BROWSER, "Origin", server.baseUrl(), "X-Atlassian-Token", "no-check");
            PreviewClient.Response noBrowser = alice.send(endpoint.method(), endpoint.path(), "application/json", "{}");
            for (PreviewClient.Response response : List.of(browser, script, noBrowser)) {
                if (xsrfRefusal(response) || response.statusCode() >= 500) {
                    failures.add(endpoint + ": " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theRefusal_isInTheReadersLanguage_andABrowserWithoutOriginOrReferrerIsRefused() throws Exception {
        PreviewClient noor = new PreviewClient(server.baseUrl()).actAs("alice", "nl");
        PreviewClient.Response dutch = noor.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", "{\"openTo\":\"x\"}",
                "User-Agent", BROWSER, "Origin", FOREIGN);
        assertEquals(403, dutch.statusCode());
        assertTrue(dutch.body().contains("Deze wijziging is geweigerd"), dutch.body());
        assertTrue(dutch.header("Content-Type").orElse("").startsWith("application/json"));

        PreviewClient.Response bare = noor.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", "{\"openTo\":\"x\"}",
                "User-Agent", BROWSER);
        assertEquals(403, bare.statusCode(), "browsers send Origin with every change; one without it is not trusted");
        assertEquals(403, noor.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", "{\"openTo\":\"x\"}",
                "User-Agent", BROWSER, "Origin", "null").statusCode(), "an opaque origin is a foreign one");
        noor.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", "{\"openTo\":\"\"}");
    }
}
