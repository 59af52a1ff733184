package com.atlassian.user;

import java.io.Serializable;

/** atlassian-user: something with a name. */
public interface Entity extends Serializable {
    String getName();
}
