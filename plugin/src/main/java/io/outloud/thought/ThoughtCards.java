package io.outloud.thought;

import io.outloud.content.MacroIdentity;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The data behind the thoughts of a page being rendered (whose view permission the host checked). */
public class ThoughtCards {
    private final ThoughtStore thoughts;
    private final FeedbackStore feedback;
    private final PersonDirectory people;
    private final ThoughtRegistry registry;
    private final SettingsService settings;
    private final ThoughtService service;

    public ThoughtCards(ThoughtStore thoughts, FeedbackStore feedback, PersonDirectory people, ThoughtRegistry registry,
                        SettingsService settings, ThoughtService service) {
        this.thoughts = Objects.requireNonNull(thoughts);
        this.feedback = Objects.requireNonNull(feedback);
        this.people = Objects.requireNonNull(people);
        this.registry = Objects.requireNonNull(registry);
        this.settings = Objects.requireNonNull(settings);
        this.service = Objects.requireNonNull(service);
    }

    /** A fixed number of lookups whatever the number of thoughts: thoughts, feedback, their people, what the reader may do, the rules. */
    public PageThoughts load(long pageId) {
        List<Thought> pageThoughts = thoughts.findByPage(pageId);
        List<Feedback> pageFeedback = feedback.forPage(pageId);
        Set<String> keys = new HashSet<>();
        pageThoughts.forEach(thought -> keys.add(thought.authorKey()));
        pageFeedback.forEach(piece -> keys.add(piece.giverKey()));
        SiteSettings site = settings.site(); // read once: the people's departments follow its rules too
        return new PageThoughts(pageId, pageThoughts, pageFeedback, people.cards(keys, site.departments()), service.reader(pageId), site);
    }

    /** The thought of this occurrence, registered now if no page save did (with the page's last editor as author). */
    public Thought thought(PageThoughts page, MacroIdentity identity, ThoughtParameters parameters, String fallbackAuthorKey) {
        Thought known = page.thought(identity.macroId());
        if (known != null) {
            return known;
        }
        Thought registered = registry.ensureRegistered(identity, fallbackAuthorKey, parameters);
        page.add(registered, people.cards(List.of(registered.authorKey())).get(registered.authorKey()));
        return registered;
    }
}
