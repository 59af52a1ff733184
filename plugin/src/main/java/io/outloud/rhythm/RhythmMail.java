package io.outloud.rhythm;

import java.util.List;

/** Port: the rhythm's mails, written in the recipient's language and sent through the host's mail path. */
public interface RhythmMail {
    void weekly(String userKey, WeeklyDigest digest);

    void daily(String userKey, List<DigestEntry> notices);

    /** The Friday nudge, with a link to where the person can write (a site path). */
    void nudge(String userKey, String path);
}
