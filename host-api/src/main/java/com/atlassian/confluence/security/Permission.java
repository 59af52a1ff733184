package com.atlassian.confluence.security;

/** Confluence: a kind of permission (a class with constants, not an enum). */
public class Permission {
    public static final Permission VIEW = new Permission("VIEW");
    public static final Permission EDIT = new Permission("EDIT");
    public static final Permission ADMINISTER = new Permission("ADMINISTER");

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
