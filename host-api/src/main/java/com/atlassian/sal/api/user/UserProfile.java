package com.atlassian.sal.api.user;

import java.net.URI;

/** SAL: what the host knows of a user. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
