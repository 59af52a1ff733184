package io.outloud.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A person as REST responses show them: name, avatar, department (null when unknown). No user key leaves. */
public final class PersonJson {
    private PersonJson() {
    }

    /** The name a text gives a person: their display name, or the words ({@code texts}: i18n key to text) for someone the site no longer knows. */
    public static String name(Person person, Function<String, String> texts) {
        return new PersonLabels(texts).name(person);
    }

    public static Map<String, Object> of(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", person == null ? null : person.displayName());
        json.put("avatarUrl", person == null ? null : person.avatarUrl());
        json.put("department", person == null ? null : person.departmentIfKnown().orElse(null));
        return json;
    }
}
