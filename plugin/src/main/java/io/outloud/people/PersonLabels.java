package io.outloud.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a card names a person: their name, department and avatar, or the words for someone unknown or without one.
 * The words come from {@code texts} (an i18n key to the reader's text), looked up when asked: one instance serves
 * readers in several languages.
 */
public final class PersonLabels {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Function<String, String> texts;

    public PersonLabels(Function<String, String> texts) {
        this.texts = texts;
    }

    public String name(Person person) {
        return person != null && person.isKnown() ? person.displayName() : texts.apply("outloud.wol.block.unknown-author");
    }

    public String department(Person person) {
        return (person == null ? Optional.<String>empty() : person.departmentIfKnown())
                .orElseGet(() -> texts.apply("outloud.people.no-department"));
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
