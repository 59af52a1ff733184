package io.outloud.common.privacy;

import java.util.Optional;

/**
 * Port: what one feature holds about a person, implemented by its store adapter. The export reads the feature's rows a
 * page at a time and hands each on at once; the erasure removes the person's key from every table of the feature,
 * keeping the feature's counts right.
 */
public interface PersonalData {

    /** Writes every row the person's key is in, section by section, a page of rows read at a time. */
    void export(String userKey, ExportSink sink);

    /** How many rows {@link #export} would write (the page's progress is measured against it). */
    long size(String userKey);

    /** Removes the person from this feature: their own texts deleted or kept without their name, as asked. */
    void erase(String userKey, TextsOnErasure texts);

    /** The first person key after {@code after} ("" for the first) that this feature holds, in key order. */
    Optional<String> nextHolder(String after);

    /** The person can no longer sign in (deactivated): they leave what would pair or suggest them to others. */
    default void deactivated(String userKey) {
    }
}
