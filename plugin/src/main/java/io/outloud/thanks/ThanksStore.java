package io.outloud.thanks;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Persistence port of thanks: one per thanker, occasion and thanked person (the database refuses a second). */
public interface ThanksStore {

    /** The new thanks, or empty when this thanker already thanked this person for this occasion (also under concurrent requests). */
    Optional<Thanks> add(String thankerKey, String receiverKey, Occasion occasion, long occasionId, String note, boolean hidden, Instant at);

    Optional<Thanks> find(long id);

    /** Thanks this person received, newest first, strictly past {@code after}, at most {@code limit}. */
    List<Thanks> received(String receiverKey, Keyset after, int limit);

    /** Which of these occasions' numbers this thanker thanked someone for, in one statement. */
    Set<Long> thankedAmong(String thankerKey, Occasion occasion, Collection<Long> occasionIds);

    /** Shows or hides one thanks on its receiver's card; false when it is not theirs. */
    boolean setShown(long id, String receiverKey, boolean shown);

    /** Who thanked this person since then, each once (at most {@code limit} people), in one statement. */
    Set<String> thankersSince(String receiverKey, Instant since, int limit);

    /** The thanks these people chose to show, newest first, at most {@code limit} in all, in one statement. */
    List<Thanks> shownOf(Collection<String> receiverKeys, int limit);

    boolean summaryPublic(String userKey);

    void setSummaryPublic(String userKey, boolean isPublic);

    /** Which of these people show their quarter's summary to others, in one statement. */
    Set<String> summaryPublicAmong(Collection<String> userKeys);
}
