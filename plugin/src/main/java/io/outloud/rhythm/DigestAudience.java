package io.outloud.rhythm;

import java.util.List;

/** Port: everyone a weekly digest may have something for, by user key in order, strictly after {@code after}. */
public interface DigestAudience {
    List<String> after(String after, int limit);
}
