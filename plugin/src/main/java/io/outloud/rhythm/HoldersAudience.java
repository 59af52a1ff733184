package io.outloud.rhythm;

import io.outloud.common.privacy.PersonalData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The digest's audience: everyone the given features hold data of (who follows, who is in a community, who is open to
 * talk about something, who wrote a thought, ...), merged in user-key order from each feature's own "next holder". Each
 * feature is read once per person it holds, plus once per call.
 */
public class HoldersAudience implements DigestAudience {
    private final List<PersonalData> sources;

    public HoldersAudience(List<PersonalData> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<String> after(String after, int limit) {
        List<Optional<String>> heads = new ArrayList<>();
        for (PersonalData source : sources) {
            heads.add(source.nextHolder(after));
        }
        List<String> people = new ArrayList<>();
        while (people.size() < limit) {
            String least = null;
            for (Optional<String> head : heads) {
                if (head.isPresent() && (least == null || head.get().compareTo(least) < 0)) {
                    least = head.get();
                }
            }
            if (least == null) {
                break;
            }
            people.add(least);
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i).filter(least::equals).isPresent()) {
                    heads.set(i, sources.get(i).nextHolder(least));
                }
            }
        }
        return people;
    }
}
