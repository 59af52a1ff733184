package com.atlassian.user;

/** atlassian-user: something with a name. */
public interface Entity {
    String getName();
}
