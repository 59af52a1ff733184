package io.outloud.wol.rest;

import io.outloud.people.Person;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person as REST responses show them: name, avatar, department (null when unknown). No user key leaves. */
final class PersonJson {
    private PersonJson() {
    }

    static Map<String, Object> of(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", person == null ? null : person.displayName());
        json.put("avatarUrl", person == null ? null : person.avatarUrl());
        json.put("department", person == null ? null : person.departmentIfKnown().orElse(null));
        return json;
    }
}
