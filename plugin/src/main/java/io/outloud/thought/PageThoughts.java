package io.outloud.thought;

import io.outloud.people.Person;
import io.outloud.settings.SiteSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one rendering of a page needs for all its thoughts, loaded in a fixed number of queries: the thoughts, all
 * their feedback, the people concerned, the reader's communities and the site's rules.
 */
public final class PageThoughts {
    private final long pageId;
    private final Map<String, Thought> thoughts = new HashMap<>();
    private final List<Feedback> feedback;
    private final Map<String, Person> people = new HashMap<>();
    private final Reader reader;
    private final SiteSettings site;

    /** Who is reading, looked up once per page: the communities they belong to, and whether they may edit the page. */
    public record Reader(Set<String> communities, boolean mayEditPage) {
        public Reader {
            communities = Set.copyOf(communities);
        }
    }

    PageThoughts(long pageId, List<Thought> thoughts, List<Feedback> feedback, Map<String, Person> people, Reader reader, SiteSettings site) {
        this.pageId = pageId;
        thoughts.forEach(thought -> this.thoughts.put(thought.macroId(), thought));
        this.feedback = List.copyOf(feedback);
        this.people.putAll(people);
        this.reader = reader;
        this.site = site;
    }

    public long pageId() {
        return pageId;
    }

    public Thought thought(String macroId) {
        return thoughts.get(macroId);
    }

    void add(Thought thought, Person author) {
        thoughts.put(thought.macroId(), thought);
        people.put(author.userKey(), author);
    }

    public List<Feedback> feedback(String macroId) {
        return feedback.stream().filter(piece -> piece.macroId().equals(macroId)).toList();
    }

    public Person person(String userKey) {
        return people.getOrDefault(userKey, Person.unknown(userKey));
    }

    public Credit credit(String macroId) {
        return Credit.of(feedback(macroId), people);
    }

    public Reader reader() {
        return reader;
    }

    public SiteSettings site() {
        return site;
    }
}
