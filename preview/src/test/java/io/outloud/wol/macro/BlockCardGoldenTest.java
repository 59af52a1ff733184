package io.outloud.wol.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.people.AuthorView;
import io.outloud.common.macro.Texts;
import io.outloud.common.text.HtmlWriter;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.plugin.PluginDescriptor;
import io.outloud.preview.velocity.MethodAllowlist;
import io.outloud.preview.velocity.PreviewTemplateRenderer;
import io.outloud.preview.xss.XssPayloads;
import io.outloud.wol.BlockStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The block card written in Java ({@link BlockCard}) held to the template it replaced ({@code golden/wol/block.html.vm},
 * rendered by the preview's Velocity with Confluence's auto-escaping): for every state a card can be in, hostile text in
 * every field and in every translation, both give the same markup once whitespace next to tags is set aside (so every
 * value is escaped byte for byte the same), and a browser's parser reads the same elements, attributes and texts from
 * both (so no space that separates words went missing). The new path cannot drop escaping without failing here.
 */
class BlockCardGoldenTest {
    private static final String REFERENCE = "golden/wol/block.html.vm";
    /** Texts the plugin's own normaliser lets through (its HostileTexts corpus lives in the plugin's tests, out of reach here). */
    private static final List<String> UNICODE = List.of("Ex\u0000port", "Bell\u0007 \u001B[31mred\u007F", "\u202Egnp.exe", "a\u202Ab\u2066c\u2069",
            "one\r\ntwo\rthree", "uno\u2028dos", "a\tb", "\uD83D\uDC69\u200D\uD83D\uDCBB ships \uD83C\uDF89", "Cafe\u0301",
            "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD 2026\u200F!", "zero\u200Bwidth", "\uD800 lone", "&amp; &#39; &lt;");
    /** Every element and attribute the card writes: whatever a person wrote must not add one. */
    private static final Set<String> CARD_ELEMENTS = Set.of("section", "header", "div", "img", "span", "time", "button", "h3", "form",
            "label", "input", "p", "strong", "ul", "ol", "li", "textarea", "a");
    private static final Set<String> CARD_ATTRIBUTES = Set.of("id", "class", "data-outloud-macro", "data-macro-id", "data-page-id", "aria-label",
            "src", "alt", "width", "height", "datetime", "type", "aria-expanded", "aria-controls", "hidden", "for", "maxlength", "placeholder",
            "role", "aria-live", "data-kind", "aria-pressed", "disabled", "title", "data-help-author", "rows", "data-seen-record",
            "data-reply-count", "href", "data-message", "data-occasion", "data-id");
    private static final String BODY = "<p>The narration, <strong>as Confluence rendered</strong> it.</p>";

    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.load(loader);
    private final PreviewI18nResolver bundles = new PreviewI18nResolver(loader, descriptor.i18nLocations());
    private final PreviewTemplateRenderer velocity = new PreviewTemplateRenderer(loader, referenceAllowlist());

    @Test
    void everyState_inEveryLanguage_isTheTemplatesCard() throws Exception {
        List<String> failures = new ArrayList<>();
        int states = State.COUNT;
        for (int i = 0; i < states; i++) {
            State state = State.of(i);
            Locale language = PreviewI18nResolver.LANGUAGES.get(i % PreviewI18nResolver.LANGUAGES.size());
            compare("state " + state + " in " + language, state.view(field -> field + " <b>\"'&amp;</b>", texts(language)), texts(language), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + states + " differ, the first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    @Test
    void everyHostileText_inEveryField_isTheTemplatesCard_escaped() throws Exception {
        List<String> hostile = Stream.of(XssPayloads.corpus().stream(), XssPayloads.marked().stream().map(XssPayloads.Payload::text), UNICODE.stream())
                .flatMap(s -> s).toList();
        assertTrue(hostile.size() > 100, "the corpus: " + hostile.size());
        List<String> failures = new ArrayList<>();
        Texts english = texts(Locale.ENGLISH);
        for (int i = 0; i < hostile.size(); i++) {
            String text = hostile.get(i);
            // Spread over the states, so that each text meets different branches of the card.
            State state = State.of((int) ((i * 7919L) % State.COUNT));
            String macroId = i % 2 == 0 ? "m-" + i : text;
            BlockView view = state.view(field -> field.equals("macroId") ? macroId : text, english);
            String html = compare("text #" + i + " " + state, view, english, failures);
            assertTrue(html.contains(HtmlWriter.escape(text)) || state.showsNoText(), "text #" + i + " shown, escaped: " + html);
            assertOnlyTheCardsOwnMarkup(html);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + hostile.size() + " differ, the first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    @Test
    void hostileTranslations_areEscapedAlike() throws Exception {
        I18nResolver hostile = resolver((key, arguments) -> "<img src=x onerror=\"alert('" + key + "')\"> & \"" + key + "'");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < State.COUNT; i += 29) {
            Texts texts = new Texts(hostile);
            String html = compare("translations, state " + State.of(i), State.of(i).view(field -> field, texts), texts, failures);
            assertOnlyTheCardsOwnMarkup(html);
        }
        assertTrue(failures.isEmpty(), failures.size() + " differ, the first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    /** The comparison itself: a value left unescaped, or a space between two words dropped, is a difference. */
    @Test
    void theComparison_seesAValueLeftUnescaped_andAMissingSpace() throws Exception {
        Texts english = texts(Locale.ENGLISH);
        State full = Stream.iterate(State.COUNT - 1, i -> i - 1).map(State::of).filter(s -> s.lines() == 3 && s.interactive()).findFirst().orElseThrow();
        BlockView view = full.view(field -> field + " <b>x</b>", english);
        String template = reference(view, english);
        String card = BlockCard.html(view, english);
        assertEquals(markup(template), markup(card));
        assertEquals(parsed(template), parsed(card));
        String unescaped = card.replace("learned &lt;b&gt;x&lt;/b&gt;", "learned <b>x</b>");
        assertNotEquals(card, unescaped, "the learned line is in the card");
        assertNotEquals(markup(template), markup(unescaped));
        String joined = card.replace("</strong> learned", "</strong>learned");
        assertNotEquals(card, joined);
        assertEquals(markup(template), markup(joined), "whitespace next to tags is set aside by the markup comparison...");
        assertNotEquals(parsed(template), parsed(joined), "...but not by the parsed one");
    }

    private String compare(String what, BlockView view, Texts texts, List<String> failures) throws Exception {
        String template = reference(view, texts);
        String card = BlockCard.html(view, texts);
        if (!markup(template).equals(markup(card))) {
            failures.add(what + ": markup\n  template: " + markup(template) + "\n  card:     " + markup(card));
        } else if (!parsed(template).equals(parsed(card))) {
            failures.add(what + ": parsed\n  template: " + parsed(template) + "\n  card:     " + parsed(card));
        }
        return card;
    }

    private String reference(BlockView view, Texts texts) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("block", view);
        model.put("texts", texts);
        StringWriter out = new StringWriter();
        velocity.render(REFERENCE, model, out);
        return out.toString();
    }

    /** The markup with whitespace next to a tag's angle brackets left out and other runs of whitespace made one space. */
    static String markup(String html) {
        return html.replaceAll("\\s*([<>])\\s*", "$1").replaceAll("\\s+", " ").trim();
    }

    /** Each element as a browser's parser reads it: name, attributes, and its text (whitespace collapsed as rendered). */
    static List<String> parsed(String html) {
        List<String> elements = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            StringBuilder line = new StringBuilder(element.tagName());
            for (Attribute attribute : element.attributes()) {
                line.append(' ').append(attribute.getKey()).append("=[").append(attribute.getValue()).append(']');
            }
            elements.add(line.append(" | ").append(element.text()).toString());
        }
        return elements;
    }

    private static void assertOnlyTheCardsOwnMarkup(String html) {
        Document parsed = Jsoup.parseBodyFragment(html);
        for (Element element : parsed.select("section.outloud-block *")) {
            if (element.parents().stream().anyMatch(p -> p.hasClass("outloud-block-narration"))) {
                continue; // the body Confluence rendered and sanitised
            }
            assertTrue(CARD_ELEMENTS.contains(element.tagName()), () -> "an element of a person's text: " + element + " in " + html);
            for (Attribute attribute : element.attributes()) {
                assertTrue(CARD_ATTRIBUTES.contains(attribute.getKey()), () -> "an attribute of a person's text: " + attribute + " in " + html);
            }
        }
        assertEquals(1, parsed.select("section").size(), html);
    }

    private Texts texts(Locale language) {
        return new Texts(resolver((key, arguments) -> bundles.format(language, key, arguments)));
    }

    private static I18nResolver resolver(java.util.function.BiFunction<String, Object[], String> text) {
        return (I18nResolver) Proxy.newProxyInstance(I18nResolver.class.getClassLoader(), new Class<?>[]{I18nResolver.class}, (proxy, method, args) -> {
            if (method.getName().equals("getText") && args != null && args[0] instanceof String key) {
                return text.apply(key, args.length > 1 && args[1] instanceof Object[] more ? more : new Object[0]);
            }
            throw new UnsupportedOperationException(method.toString());
        });
    }

    /** The template's reads of the views: allowlisted for the reference only (the plugin no longer declares them). */
    private MethodAllowlist referenceAllowlist() {
        List<String> entries = new ArrayList<>(MethodAllowlist.fromDescriptor(descriptor.document()).entries());
        for (Class<?> view : List.of(BlockView.class, HelpView.class, ReactionView.class, AuthorView.class)) {
            for (Method method : view.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0) {
                    entries.add(view.getName() + "#" + method.getName() + "()");
                }
            }
        }
        return MethodAllowlist.of(entries);
    }

    /**
     * One state of a card, as digits of a mixed radix number: every combination of what the reader may do (interactive and
     * signed in, help, seen-by, who reacted, notices) with every author line and ask; the status, the optional lines and
     * the macro id turn with the index.
     */
    record State(BlockStatus status, int reader, int help, int seen, boolean whoReacted, boolean notices, int author, int ask, int lines,
                 boolean noMacroId) {
        static final int COUNT = 4 * 8 * 3 * 2 * 2 * 3 * 4;

        static State of(int i) {
            int n = i;
            int reader = n % 4;
            n /= 4;
            int help = n % 8;
            n /= 8;
            int seen = n % 3;
            n /= 3;
            boolean who = n % 2 == 1;
            n /= 2;
            boolean notices = n % 2 == 1;
            n /= 2;
            int author = n % 3;
            n /= 3;
            int ask = n % 4;
            return new State(BlockStatus.values()[(i / 7) % 4], reader, help, seen, who, notices, author, ask, (i + i / 5) % 4, i % 11 == 3);
        }

        boolean interactive() {
            return reader >= 2;
        }

        boolean signedIn() {
            return reader % 2 == 1;
        }

        /** A card that shows none of the texts a person wrote (lines empty, no author, no ask, not interactive). */
        boolean showsNoText() {
            return lines == 0 && author == 0 && ask == 0 && !interactive();
        }

        BlockView view(Function<String, String> text, Texts texts) throws Exception {
            boolean filled = lines != 0;
            List<ReactionView> reactions = List.of(new ReactionView("useful", text.apply("reaction"), 3, true),
                    new ReactionView("thanks", texts.get("outloud.wol.reaction.thanks"), 0, false));
            List<String> labels = lines == 1 || lines == 3 ? List.of(text.apply("label1"), text.apply("label2")) : List.of();
            String community = lines == 1 || lines == 2 ? text.apply("community") : "";
            BlockView view = new BlockView(noMacroId ? "" : text.apply("macroId"), 4711L, status.code(), texts.get("outloud.wol.status." + status.code()),
                    BlockMacro.lozenge(status), filled ? text.apply("workingOn") : "", BODY, reactions, interactive(), signedIn(), authorView(text),
                    filled ? text.apply("learned") : "", filled ? text.apply("helpWanted") : "", community, labels);
            return view.withReplyCount(lines * 7)
                    .withSeen(text.apply("seen"), seen == 1, seen == 2)
                    .withHelp(helpView(text))
                    .withAsk(ask % 2 == 1 ? text.apply("askLabel") : "", ask >= 2 ? text.apply("answerText") : "")
                    .withWhoReacted(whoReacted)
                    .withNoticesUrl(notices ? text.apply("/notices?a=1&b=2") : "");
        }

        private HelpView helpView(Function<String, String> text) {
            return switch (help) {
                case 0 -> null;
                // helper, count, author, getting help, reader helps, offerable, offered, may offer
                case 1 -> new HelpView("", text.apply("count"), true, false, false, false, false, false, 0L);
                case 2 -> new HelpView(text.apply("helper"), text.apply("count"), true, true, false, false, false, false, 7L);
                case 3 -> new HelpView("", text.apply("count"), false, false, false, true, true, false, 0L);
                case 4 -> new HelpView(text.apply("helper"), text.apply("count"), false, true, true, true, true, false, 0L);
                case 5 -> new HelpView("", text.apply("count"), false, false, false, true, false, true, 0L);
                case 6 -> new HelpView(text.apply("helper"), text.apply("count"), false, true, false, true, false, false, 0L);
                default -> new HelpView("", text.apply("count"), false, false, false, false, false, false, 0L);
            };
        }

        private AuthorView authorView(Function<String, String> text) throws Exception {
            if (author == 0) {
                return null;
            }
            Constructor<AuthorView> constructor = AuthorView.class.getDeclaredConstructor(String.class, String.class, String.class, String.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(text.apply("name"), author == 1 ? text.apply("/avatars/a.png?x=1&y=2") : "", text.apply("department"),
                    text.apply("date"), text.apply("isoDate"));
        }
    }
}
