package io.outloud.preview.demo;

import com.atlassian.event.api.EventPublisher;
import io.outloud.preview.host.PageRepository;
import io.outloud.settings.SettingsStore;
import io.outloud.settings.SiteSettings;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.StorageThoughts;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ThoughtStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Demo half-finished thoughts in every stage, on a page of their own, with feedback from people in several departments
 * (one piece unnamed, one taken in), and a page listing one's open thoughts. The site allows unnamed feedback.
 */
public final class DemoThoughts {
    public static final String THOUGHTS = "Half-finished thoughts";
    public static final String MINE = "My open thoughts";

    private DemoThoughts() {
    }

    public static void seedIfMissing(PageRepository pages, EventPublisher events, ThoughtStore thoughts, FeedbackStore feedback,
                                     SettingsStore settings) {
        if (pages.findByTitle(DemoContent.TEAM, THOUGHTS).isPresent()) {
            return;
        }
        settings.putSiteSetting(SiteSettings.UNNAMED_FEEDBACK, "true");
        DemoContent.Saver saver = new DemoContent.Saver(pages, events);
        long page = saver.create(DemoContent.TEAM, THOUGHTS, "<p>Thoughts in progress. Unfinished is welcome: say what would help.</p>"
                + thought("seed", "Would a four-day week work for the support team?", "true",
                "<p>Rough idea: the same hours over four days, with a rota so that customers see no gap. I have not checked the numbers.</p>"),
                "8a7f80a1-eva");
        saver.append(page, thought("growing", "What should a finance glossary for engineers leave out?", "false",
                "<p>Drafted 30 terms. I suspect half of them are noise for engineers.</p>"), "8a7f80a1-chloe");
        saver.append(page, thought("growing", "How do we onboard data scientists faster?", "false",
                "<h3>Onboarding for data scientists</h3><p>Day one: access to the warehouse, a buddy, and a small real question.</p>"),
                "8a7f80a1-farid");
        List<String> ids = List.copyOf(StorageThoughts.find(pages.find(page).orElseThrow().body()).keySet());
        Instant now = Instant.now();
        Instant earlier = now.minus(3, ChronoUnit.DAYS);
        feedback.add(page, ids.get(0), "8a7f80a1-bruno", FeedbackKind.GO_ON, "Marketing tried this last year; happy to share what we measured.",
                false, earlier);
        feedback.add(page, ids.get(0), "8a7f80a1-farid", FeedbackKind.CONSIDERED, "Have you considered the Monday peak? Most tickets come in then.",
                true, earlier.plusSeconds(60));
        feedback.add(page, ids.get(1), "8a7f80a1-alice", FeedbackKind.HELPS, "Accruals and deferred revenue: those two confuse us most.", false, earlier);
        feedback.takeIn(feedback.add(page, ids.get(1), "8a7f80a1-dirk", FeedbackKind.DIFFERENTLY,
                "I would keep the tax terms: engineers meet them in expense reports.", false, earlier.plusSeconds(30)).id(), now);
        feedback.takeIn(feedback.add(page, ids.get(2), "8a7f80a1-alice", FeedbackKind.CONSIDERED, "A sandbox copy of the warehouse on day one.",
                false, earlier).id(), now);
        feedback.takeIn(feedback.add(page, ids.get(2), "8a7f80a1-eva", FeedbackKind.GO_ON, "Pair them with someone from support for a morning.",
                false, earlier.plusSeconds(30)).id(), now);
        feedback.takeIn(feedback.add(page, ids.get(2), "8a7f80a1-bruno", FeedbackKind.HELPS, "We did the small real question for interns: it works.",
                false, earlier.plusSeconds(60)).id(), now);
        thoughts.moveStage(page, ids.get(2), ThoughtStage.RIPE, now); // ripened without editing the page
        saver.create(DemoContent.TEAM, MINE, "<p>The thoughts you started that are not ripe yet:</p>"
                + "<ac:structured-macro ac:name=\"half-finished-thoughts-mine\" ac:schema-version=\"1\"></ac:structured-macro>", "8a7f80a1-eva");
    }

    private static String thought(String stage, String question, String unnamed, String body) {
        return "<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"stage\">" + stage + "</ac:parameter>"
                + "<ac:parameter ac:name=\"question\">" + question + "</ac:parameter>"
                + "<ac:parameter ac:name=\"anonymous-feedback\">" + unnamed + "</ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }
}
