package io.outloud.common.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.people.Person;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person as REST responses show them: name, avatar, department (null when unknown). No user key leaves. */
public final class PersonJson {
    private PersonJson() {
    }

    /** The name a text gives a person: their display name, or the words for someone the site no longer knows. */
    public static String name(Person person, I18nResolver i18n) {
        return person != null && person.isKnown() ? person.displayName() : i18n.getText("outloud.wol.block.unknown-author");
    }

    public static Map<String, Object> of(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", person == null ? null : person.displayName());
        json.put("avatarUrl", person == null ? null : person.avatarUrl());
        json.put("department", person == null ? null : person.departmentIfKnown().orElse(null));
        return json;
    }
}
