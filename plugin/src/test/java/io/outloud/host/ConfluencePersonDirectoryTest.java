package io.outloud.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.User;
import io.outloud.people.InMemoryPersonProfiles;
import io.outloud.people.Person;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people directory on Confluence's user services (stand-ins here; the preview runs it on its own users too). */
class ConfluencePersonDirectoryTest {
    private final Map<String, HostUser> users = new HashMap<>();
    private final List<String> groupLookups = new ArrayList<>();
    private final InMemoryPersonProfiles profiles = new InMemoryPersonProfiles();
    private final FakeViewer viewer = FakeViewer.signedIn("admin");
    private final SettingsService settings = new SettingsService(new MapSettingsStore(), "admin"::equals, viewer);
    private ConfluencePersonDirectory directory;

    /** A Confluence user with a profile department and groups. */
    private record HostUser(String key, String name, String department, List<String> groups) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return new UserKey(key);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getFullName() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public String getEmail() {
            return null;
        }
    }

    @BeforeEach
    void hostWithThreePeople() {
        for (HostUser user : List.of(new HostUser("k-alice", "alice", "Engineering", List.of("confluence-users", "grp-eng")),
                new HostUser("k-bruno", "bruno", "Marketing", List.of("grp-all", "grp-finance")),
                new HostUser("k-chloe", "chloe", null, List.of("confluence-users")))) {
            users.put(user.key(), user);
        }
        UserManager userManager = new UserManager() {
            @Override
            public UserKey getRemoteUserKey() {
                return null;
            }

            @Override
            public UserProfile getUserProfile(UserKey userKey) {
                HostUser user = users.get(userKey.getStringValue());
                return user == null ? null : profile(user);
            }

            @Override
            public UserProfile getUserProfile(String username) {
                return users.values().stream().filter(u -> u.name().equals(username)).findFirst().map(ConfluencePersonDirectoryTest::profile).orElse(null);
            }

            @Override
            public boolean isSystemAdmin(UserKey userKey) {
                return false;
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }
        };
        UserAccessor accessor = new UserAccessor() {
            @Override
            public ConfluenceUser getUserByKey(UserKey key) {
                return users.get(key.getStringValue());
            }

            @Override
            public List<String> getGroupNames(User user) {
                groupLookups.add(user.getName());
                return ((HostUser) user).groups();
            }

            @Override
            public com.atlassian.confluence.user.ConfluenceUser getExistingUserByKey(com.atlassian.sal.api.user.UserKey key) {
                return getUserByKey(key);
            }

            @Override
            public boolean isDeactivated(com.atlassian.user.User user) {
                return false;
            }
        };
        UserDetailsManager details = (user, key) -> ConfluencePersonDirectory.DEPARTMENT.equals(key) ? ((HostUser) user).department() : null;
        directory = new ConfluencePersonDirectory(userManager, accessor, details, profiles, settings);
    }

    private static UserProfile profile(HostUser user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return user.getKey();
            }

            @Override
            public String getUsername() {
                return user.name();
            }

            @Override
            public String getFullName() {
                return user.getFullName();
            }

            @Override
            public String getEmail() {
                return null;
            }

            @Override
            public URI getProfilePictureUri() {
                return URI.create("/avatars/" + user.name() + ".svg");
            }

            @Override
            public URI getProfilePageUri() {
                return null;
            }
        };
    }

    @Test
    void people_byDefault_takeTheProfilesDepartment_andWhatTheyAreOpenTo_inOneProfileRead() {
        profiles.putOpenTo("k-alice", "maps and trains", Instant.EPOCH);

        Map<String, Person> people = directory.people(List.of("k-alice", "k-bruno", "k-chloe", "k-gone", "k-alice"));

        assertEquals(List.of("k-alice", "k-bruno", "k-chloe", "k-gone"), List.copyOf(people.keySet()));
        assertEquals(new Person("k-alice", "ALICE", "/avatars/alice.svg", "Engineering", "maps and trains"), people.get("k-alice"));
        assertEquals("Marketing", people.get("k-bruno").department());
        assertEquals("", people.get("k-bruno").openTo());
        assertTrue(people.get("k-chloe").departmentIfKnown().isEmpty(), "no department");
        assertFalse(people.get("k-gone").isKnown());
        assertEquals(1, profiles.reads, "one read of the profiles for every person at once");
        assertEquals(List.of(), groupLookups, "groups are not looked up when departments come from profiles");
    }

    @Test
    void people_withGroupsMapped_takeTheFirstMappedGroupsDepartment_orNone() {
        settings.updateSite(null, null, null, null, null, "groups", "grp-finance = Finance\ngrp-eng = Engineering\ngrp-all = All staff", null);

        Map<String, Person> people = directory.people(List.of("k-alice", "k-bruno", "k-chloe"));

        assertEquals("Engineering", people.get("k-alice").department());
        assertEquals("Finance", people.get("k-bruno").department(), "mapping order decides, not the order of the person's groups");
        assertNull(people.get("k-chloe").department(), "in no mapped group: no department, whatever the profile says");
        assertEquals(1, profiles.reads);
    }

    @Test
    void cards_nameEveryone_withTheirDepartment_butReadNoProfiles() {
        profiles.putOpenTo("k-alice", "maps and trains", Instant.EPOCH);

        Map<String, Person> cards = directory.cards(List.of("k-alice", "k-bruno", "k-gone"));

        assertEquals(new Person("k-alice", "ALICE", "/avatars/alice.svg", "Engineering", ""), cards.get("k-alice"), "no open-to on a card");
        assertEquals("Marketing", cards.get("k-bruno").department());
        assertFalse(cards.get("k-gone").isKnown());
        assertEquals(0, profiles.reads, "cards need nothing of the app's profiles");
        assertEquals(Map.of(), directory.cards(List.of()));
    }

    @Test
    void people_ofNobody_readNothing() {
        assertEquals(Map.of(), directory.people(List.of()));
        assertEquals(0, profiles.reads);
    }

    @Test
    void knownDepartments_followTheSource() {
        assertEquals(Set.of(), directory.knownDepartments());
        settings.updateSite(null, null, null, null, null, null, "grp-b = Beta\ngrp-a = Alpha", "HR\nIT");
        assertEquals(List.of("HR", "IT"), List.copyOf(directory.knownDepartments()), "profiles: the admin's list");
        settings.updateSite(null, null, null, null, null, "groups", null, null);
        assertEquals(List.of("Beta", "Alpha"), List.copyOf(directory.knownDepartments()), "groups: the mapped departments");
    }

    @Test
    void userKeyOf_findsTheKeyByUsername() {
        assertEquals(java.util.Optional.of("k-bruno"), directory.userKeyOf(" bruno "));
        assertEquals(java.util.Optional.empty(), directory.userKeyOf("nobody"));
    }
}
