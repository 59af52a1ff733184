package io.outloud.preview.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import io.outloud.common.macro.Texts;
import io.outloud.community.pairing.macro.PairingView;
import io.outloud.community.pairing.macro.PairingViews;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.velocity.MethodAllowlist;
import io.outloud.preview.velocity.PreviewTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The community page's pairing fragment, rendered by the real Velocity engine with the plugin's own allowlist and
 * texts: everything people wrote is escaped, every control has a label, leads see the schedule and nobody else does.
 */
class PairingTemplateTest {
    private static final String EVIL = "<img src=x onerror=alert(1)>";
    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.load(loader);
    private final I18nResolver i18n = new PreviewI18nResolver(loader, descriptor.i18nLocations());

    private static PairingView view(boolean lead, boolean withMatch) {
        PairingView.MatchView current = !withMatch ? null : new PairingView.MatchView(17L, "Round 3, 2026-11-02", "met", "You said you met.",
                EVIL, List.of(new PairingView.PartnerView(EVIL, "Finance " + EVIL, "/avatars/bruno.svg",
                List.of(new PairingView.StarterView("Working on " + EVIL, "Page " + EVIL, "/pages/viewpage.action?pageId=9"))),
                new PairingView.PartnerView("Chloé", "", "", List.of())));
        List<PairingView.MatchView> history = List.of(new PairingView.MatchView(12L, "Round 2, 2026-10-20", "none", "Not answered yet.", "Dirk " + EVIL,
                List.of()));
        return new PairingView(true, "design", true, false, false, "", "2026-11-03", "2027-11-02", "You are taking part.", "Leave pairing",
                current, history, lead, List.of(new PairingView.Choice(0, "Only by hand", false), new PairingView.Choice(7, "Every week", true)),
                "Next round: 2026-11-09", 4, List.of("Round 3 " + EVIL));
    }

    private String render(PairingView view, MethodAllowlist allowlist) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put(PairingViews.MODEL, view);
        model.put("texts", new Texts(i18n));
        StringWriter out = new StringWriter();
        new PreviewTemplateRenderer(loader, allowlist).render(PairingViews.TEMPLATE, model, out);
        return out.toString();
    }

    private String render(PairingView view) throws Exception {
        return render(view, MethodAllowlist.fromDescriptor(descriptor.document()));
    }

    @Test
    void everythingPeopleWrote_isEscaped() throws Exception {
        String html = render(view(true, true));
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("[onerror]").isEmpty());
        assertEquals("Working on " + EVIL + " (Page " + EVIL + ")", page.selectFirst(".outloud-pairing-starters li").text());
    }

    @Test
    void everyControlHasAName_andTheTextsComeFromI18n() throws Exception {
        Document page = Jsoup.parse(render(view(true, true)));
        Element section = page.selectFirst("section.outloud-pairing");
        assertEquals("design", section.attr("data-outloud-pairing"));
        assertEquals("4", section.attr("data-next-round"));
        assertEquals(i18n.getText("outloud.pairing.title"), page.getElementById(section.attr("aria-labelledby")).text());
        for (Element input : page.select("input, select")) {
            assertEquals(1, page.select("label[for=" + input.id() + "]").size(), "a label for " + input.id());
        }
        for (Element button : page.select("button")) {
            assertFalse(button.text().isBlank(), "a named button: " + button);
            assertEquals("button".equals(button.attr("type")) || "submit".equals(button.attr("type")), true);
        }
        assertEquals(List.of(i18n.getText("outloud.pairing.answer.met-button"), i18n.getText("outloud.pairing.answer.not-met-button")),
                page.select(".outloud-pairing-met").eachText());
        assertEquals(List.of("true", "false"), page.select(".outloud-pairing-met").eachAttr("aria-pressed"));
        assertEquals("17", page.selectFirst(".outloud-pairing-current").attr("data-match-id"));
        assertEquals(List.of("0", "7"), page.select("select[name=everyDays] option").eachAttr("value"));
        assertTrue(page.selectFirst("select[name=everyDays] option[value=7]").hasAttr("selected"));
        assertEquals(i18n.getText("outloud.pairing.lead.start"), page.selectFirst(".outloud-pairing-start").text());
        assertFalse(page.select(".outloud-pairing-status[role=status]").isEmpty());
        assertEquals("2026-11-03", page.selectFirst("input[type=date]").attr("min"));
    }

    @Test
    void theLeadsPart_isForLeadsOnly_andANonMemberSeesNothing() throws Exception {
        Document member = Jsoup.parse(render(view(false, false)));
        assertTrue(member.select(".outloud-pairing-lead, .outloud-pairing-start, select").isEmpty());
        assertTrue(member.select(".outloud-pairing-current").isEmpty());
        assertEquals(i18n.getText("outloud.pairing.current.none"), member.selectFirst(".outloud-pairing-no-match").text());
        assertEquals("", render(new PairingView(false, "", false, false, false, "", "", "", "", "", null, List.of(), false, List.of(), "", 1,
                List.of())).trim());
    }

    @Test
    void theFragmentsGetters_areAllowlisted_andAMissingEntryFails() throws Exception {
        MethodAllowlist allowlist = MethodAllowlist.fromDescriptor(descriptor.document());
        Set<String> withoutOne = allowlist.entries().stream()
                .filter(e -> !e.equals("io.outloud.community.pairing.macro.PairingView$StarterView#getText()")).collect(Collectors.toSet());
        RenderingException refused = assertThrows(RenderingException.class, () -> render(view(true, true), MethodAllowlist.of(withoutOne)));
        assertTrue(String.valueOf(refused.getMessage()).contains("getText") || String.valueOf(refused.getCause()).contains("getText"));
    }

    @Test
    void theWebResource_isDeclared_withTheScriptAndItsTexts() {
        assertTrue(descriptor.webResources().stream().anyMatch(w -> w.key().equals("community-pairing")));
        assertTrue(descriptor.jsI18nWebResources().contains("community-pairing"));
        assertEquals("io.outloud.confluence:community-pairing", PairingViews.WEB_RESOURCE);
    }
}
