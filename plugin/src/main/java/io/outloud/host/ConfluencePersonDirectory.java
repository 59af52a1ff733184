package io.outloud.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PersonDirectory} on Confluence: name and avatar from SAL's user profile, department from the
 * Confluence profile's "department" field. Confluence answers these from its user caches.
 */
public class ConfluencePersonDirectory implements PersonDirectory {
    static final String DEPARTMENT = "department";

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final UserDetailsManager userDetails;

    public ConfluencePersonDirectory(UserManager userManager, UserAccessor userAccessor, UserDetailsManager userDetails) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.userDetails = userDetails;
    }

    @Override
    public Map<String, Person> people(Collection<String> userKeys) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String key : userKeys) {
            people.computeIfAbsent(key, this::person);
        }
        return people;
    }

    @Override
    public Optional<String> userKeyOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(username.trim());
        return profile == null || profile.getUserKey() == null ? Optional.empty() : Optional.of(profile.getUserKey().getStringValue());
    }

    private Person person(String key) {
        UserKey userKey = new UserKey(key);
        UserProfile profile = userManager.getUserProfile(userKey);
        if (profile == null) {
            return Person.unknown(key);
        }
        ConfluenceUser user = userAccessor.getUserByKey(userKey);
        String department = user == null ? null : userDetails.getStringProperty(user, DEPARTMENT);
        URI picture = profile.getProfilePictureUri();
        return new Person(key, profile.getFullName(), picture == null ? null : picture.toString(), department);
    }
}
