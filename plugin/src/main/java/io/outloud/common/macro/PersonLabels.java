package io.outloud.common.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.people.Person;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How a card names a person: their name, department and avatar, or the words for someone unknown or without one. */
public final class PersonLabels {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final I18nResolver i18n;

    public PersonLabels(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String name(Person person) {
        return person != null && person.isKnown() ? person.displayName() : i18n.getText("outloud.wol.block.unknown-author");
    }

    public String department(Person person) {
        return (person == null ? Optional.<String>empty() : person.departmentIfKnown())
                .orElseGet(() -> i18n.getText("outloud.people.no-department"));
    }

    public String avatarUrl(Person person) {
        return person == null || person.avatarUrl() == null ? "" : person.avatarUrl();
    }

    /** A card's author line: who, and the day (UTC) of what they wrote. */
    public AuthorView author(Person person, Instant at) {
        String date = ISO_DATE.format(at);
        return new AuthorView(name(person), avatarUrl(person), department(person), date, date);
    }
}
