package io.outloud.community.pairing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: what a person could talk about with each of their partners, as far as that person may see it. */
public interface ConversationStarters {
    /** At most this many starters per partner. */
    int MAX_PER_PARTNER = 3;

    /** For every partner given (in the result even with none): their starters, best first. */
    Map<String, List<ConversationStarter>> forRecipient(String recipientKey, Collection<String> partnerKeys);

    /** The starters to use for one round's notices (an implementation may read each person's data once for all of them). */
    default ConversationStarters forOneRound() {
        return this;
    }

    ConversationStarters NONE = (recipient, partners) -> {
        Map<String, List<ConversationStarter>> none = new java.util.LinkedHashMap<>();
        partners.forEach(p -> none.put(p, List.of()));
        return none;
    };
}
