package io.outloud.thought;

import io.outloud.people.Person;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ripe thought credits: how many contributions it grew from, from how many people, in how many departments.
 * Unnamed givers count like everyone (the numbers name nobody); a person without a department adds none.
 */
public record Credit(int contributions, int people, int departments) {

    public static Credit of(List<Feedback> feedback, Map<String, Person> givers) {
        Set<String> who = new HashSet<>();
        Set<String> departments = new HashSet<>();
        for (Feedback piece : feedback) {
            who.add(piece.giverKey());
            Person giver = givers.get(piece.giverKey());
            if (giver != null) {
                giver.departmentIfKnown().ifPresent(departments::add);
            }
        }
        return new Credit(feedback.size(), who.size(), departments.size());
    }
}
