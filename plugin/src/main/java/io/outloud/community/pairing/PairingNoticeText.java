package io.outloud.community.pairing;

import io.outloud.people.Person;

import java.util.List;
import java.util.Map;

/**
 * The plain text a pairing notice carries: each partner's name (and department), then their conversation starters,
 * one per line. No words of any language: the notice's frame (NoticeMessages) is translated for its recipient.
 */
final class PairingNoticeText {
    private PairingNoticeText() {
    }

    static String of(List<String> partners, Map<String, Person> people, Map<String, List<ConversationStarter>> starters) {
        StringBuilder text = new StringBuilder();
        for (String key : partners) {
            Person person = people.getOrDefault(key, Person.unknown(key));
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(person.isKnown() ? person.displayName() : "?");
            person.departmentIfKnown().ifPresent(d -> text.append(" (").append(d).append(')'));
            for (ConversationStarter starter : starters.getOrDefault(key, List.of())) {
                text.append("\n- ").append(starter.text());
                if (!starter.pageTitle().isEmpty()) {
                    text.append(" (").append(starter.pageTitle()).append(')');
                }
            }
        }
        return text.toString();
    }
}
