package io.outloud.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.people.DepartmentRules;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonProfiles;
import io.outloud.settings.SettingsService;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PersonDirectory} on Confluence: name and avatar from SAL's user profile; the department from the Confluence
 * profile's "department" field, or, where the site admin maps groups to departments, from the first mapped group the
 * person is in; what they are open to talk about from the app's own profiles. Confluence answers the user, profile
 * and group lookups from its user caches; the app's data costs one statement per call (the profiles of every key at
 * once; the site settings come from their cluster-wide cache), none for no keys and none for {@link #cards}.
 */
public class ConfluencePersonDirectory implements PersonDirectory {
    static final String DEPARTMENT = "department";

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final UserDetailsManager userDetails;
    private final PersonProfiles profiles;
    private final SettingsService settings;

    public ConfluencePersonDirectory(UserManager userManager, UserAccessor userAccessor, UserDetailsManager userDetails,
                                     PersonProfiles profiles, SettingsService settings) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.userDetails = Objects.requireNonNull(userDetails, "userDetails");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Map<String, Person> people(Collection<String> userKeys) {
        return userKeys.isEmpty() ? new LinkedHashMap<>() : people(userKeys, settings.site().departments());
    }

    @Override
    public Map<String, Person> people(Collection<String> userKeys, DepartmentRules rules) {
        return userKeys.isEmpty() ? new LinkedHashMap<>() : lookUp(userKeys, rules, profiles.openTo(new LinkedHashSet<>(userKeys)));
    }

    @Override
    public Map<String, Person> cards(Collection<String> userKeys) {
        return userKeys.isEmpty() ? new LinkedHashMap<>() : cards(userKeys, settings.site().departments());
    }

    @Override
    public Map<String, Person> cards(Collection<String> userKeys, DepartmentRules rules) {
        return lookUp(userKeys, rules, Map.of());
    }

    private Map<String, Person> lookUp(Collection<String> userKeys, DepartmentRules rules, Map<String, String> openTo) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(userKeys)) {
            people.put(key, person(key, rules, openTo.getOrDefault(key, "")));
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

    @Override
    public Optional<String> usernameOf(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null ? Optional.empty() : Optional.ofNullable(profile.getUsername());
    }

    @Override
    public Set<String> knownDepartments() {
        return settings.site().departments().knownDepartments();
    }

    private Person person(String key, DepartmentRules rules, String openTo) {
        UserKey userKey = new UserKey(key);
        UserProfile profile = userManager.getUserProfile(userKey);
        if (profile == null) {
            return Person.unknown(key);
        }
        ConfluenceUser user = userAccessor.getUserByKey(userKey);
        URI picture = profile.getProfilePictureUri();
        return new Person(key, profile.getFullName(), picture == null ? null : picture.toString(), department(user, rules), openTo);
    }

    private String department(ConfluenceUser user, DepartmentRules rules) {
        if (user == null) {
            return null;
        }
        if (rules.fromGroups()) {
            return rules.departmentOfGroups(userAccessor.getGroupNames(user)).orElse(null);
        }
        return userDetails.getStringProperty(user, DEPARTMENT);
    }
}
