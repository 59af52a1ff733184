package io.outloud.thanks;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.common.text.WrittenText;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Thanking someone who helped. Only the person helped may thank (an occasion's other side), never themselves, once per
 * occasion and person; the note is written text ({@link WrittenText}, at most {@value #MAX_NOTE} characters). The thanked
 * person is told, sees their thanks on their own page, and chooses per thanks whether their card shows it (private by
 * default), and whether others see their quarter's summary (off by default). Nothing here ranks or counts other people.
 */
public class ThanksService {
    public static final int MAX_NOTE = 500;
    public static final int MAX_CHECKED = 50;
    /** How many shown thanks a card shows at most. */
    public static final int ON_CARD = 3;
    /** Enough different people for any quarter; the summary counts no further. */
    static final int MAX_THANKERS = 2000;

    private final ThanksStore store;
    private final Map<Occasion, OccasionFinder> finders = new EnumMap<>(Occasion.class);
    private final Viewer viewer;
    private final PersonDirectory people;
    private final Notifier notifier;
    private final Clock clock;

    public ThanksService(ThanksStore store, List<OccasionFinder> finders, Viewer viewer, PersonDirectory people, Notifier notifier, Clock clock) {
        this.store = Objects.requireNonNull(store);
        finders.forEach(finder -> this.finders.put(finder.occasion(), finder));
        this.viewer = Objects.requireNonNull(viewer);
        this.people = Objects.requireNonNull(people);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Thanks whoever helped the viewer on this occasion; 409 when the viewer already did. */
    public Thanks thank(String occasionCode, long occasionId, String partner, String note) {
        String me = viewer.requireUserKey();
        Occasion occasion = Occasion.fromCode(occasionCode);
        String text = WrittenText.required(note, WrittenText.Shape.LINES, MAX_NOTE, "outloud.thanks.error.note-missing",
                "outloud.thanks.error.note-too-long");
        OccasionFinder finder = finders.get(occasion);
        Helped helped = (finder == null ? Optional.<Helped>empty() : finder.find(occasionId, partner)).orElseThrow(OutloudException::notFound);
        if (!helped.helpedKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped");
        }
        if (helped.helperForgotten()) {
            throw new OutloudException(Failure.CONFLICT, "outloud.thanks.error.forgotten");
        }
        if (helped.helperKey().equals(me)) {
            throw OutloudException.invalid("outloud.thanks.error.self");
        }
        Thanks thanks = store.add(me, helped.helperKey(), occasion, occasionId, text, helped.helperHidden(), clock.instant())
                .orElseThrow(() -> new OutloudException(Failure.CONFLICT, "outloud.thanks.error.already"));
        notifier.notify(new Notice(thanks.receiverKey(), Notice.Kind.THANKED, me, 0, ThanksLinks.PAGE_PATH, text));
        return thanks;
    }

    /** Which of these occasions (of one kind, at most {@value #MAX_CHECKED}) the viewer already gave thanks for. */
    public Set<Long> thankedAmong(String occasionCode, Collection<Long> occasionIds) {
        String me = viewer.requireUserKey();
        Occasion occasion = Occasion.fromCode(occasionCode);
        if (occasionIds.size() > MAX_CHECKED) {
            throw OutloudException.invalid("outloud.thanks.error.too-many-checked", MAX_CHECKED);
        }
        return occasionIds.isEmpty() ? Set.of() : store.thankedAmong(me, occasion, occasionIds);
    }

    /** The thanks the viewer received, newest first. */
    public Page<Thanks> received(PageRequest request) {
        String me = viewer.requireUserKey();
        return Page.of(store.received(me, request.after(), request.fetch()), request, Thanks::position);
    }

    /** Shows one of the viewer's received thanks on their card, or stops showing it. */
    public void show(long thanksId, boolean shown) {
        String me = viewer.requireUserKey();
        Thanks thanks = store.find(thanksId).orElseThrow(OutloudException::notFound);
        if (!thanks.receiverKey().equals(me)) {
            throw OutloudException.notFound(); // nobody learns which thanks exist for others
        }
        store.setShown(thanksId, me, shown);
    }

    /** The viewer's own quarter: how many colleagues in how many departments thanked them. */
    public ThanksSummary mySummary() {
        String me = viewer.requireUserKey();
        return summaryOf(me, store.summaryPublic(me));
    }

    public void setSummaryPublic(boolean isPublic) {
        store.setSummaryPublic(viewer.requireUserKey(), isPublic);
    }

    /**
     * What the cards of these people (user keys, at most {@value #MAX_CHECKED}) show to a signed-in reader: the thanks each
     * chose to show (at most {@value #ON_CARD}) and their summary when they made it public. Each person is in the result.
     */
    public Map<String, ThanksCard> cards(Collection<String> userKeys) {
        viewer.requireUserKey();
        if (userKeys.size() > MAX_CHECKED) {
            throw OutloudException.invalid("outloud.thanks.error.too-many-checked", MAX_CHECKED);
        }
        Set<String> keys = new HashSet<>(userKeys);
        Map<String, List<Thanks>> shown = new LinkedHashMap<>();
        keys.forEach(key -> shown.put(key, new ArrayList<>()));
        if (!keys.isEmpty()) {
            for (Thanks thanks : store.shownOf(keys, keys.size() * ON_CARD * 4)) {
                List<Thanks> own = shown.get(thanks.receiverKey());
                if (own != null && own.size() < ON_CARD) {
                    own.add(thanks);
                }
            }
        }
        Set<String> publicSummaries = keys.isEmpty() ? Set.of() : store.summaryPublicAmong(keys);
        Map<String, ThanksCard> cards = new LinkedHashMap<>();
        for (String key : keys) {
            Optional<ThanksSummary> summary = publicSummaries.contains(key) ? Optional.of(summaryOf(key, true)) : Optional.empty();
            cards.put(key, new ThanksCard(shown.get(key), summary));
        }
        return cards;
    }

    private ThanksSummary summaryOf(String userKey, boolean isPublic) {
        Set<String> thankers = store.thankersSince(userKey, Quarter.startOf(clock.instant()), MAX_THANKERS);
        Set<String> departments = new HashSet<>();
        for (Person person : people.cards(thankers).values()) {
            person.departmentIfKnown().ifPresent(departments::add);
        }
        return new ThanksSummary(thankers.size(), departments.size(), isPublic);
    }

    public String viewerKey() {
        return viewer.requireUserKey();
    }
}
