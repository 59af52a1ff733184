package io.outloud.people;

/** The author line of a block card. Public getters only: they are on the Velocity allowlist. */
public final class AuthorView {
    private final String name;
    private final String avatarUrl;
    private final String department;
    private final String date;
    private final String isoDate;

    AuthorView(String name, String avatarUrl, String department, String date, String isoDate) {
        this.name = name;
        this.avatarUrl = avatarUrl;
        this.department = department;
        this.date = date;
        this.isoDate = isoDate;
    }

    public String getName() {
        return name;
    }

    /** Empty when the host has no picture: the template then shows no image. */
    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getDepartment() {
        return department;
    }

    public String getDate() {
        return date;
    }

    public String getIsoDate() {
        return isoDate;
    }
}
