package io.outloud.notify;

import java.util.Optional;

/**
 * Port: a notice as one line of a digest, in its recipient's language: what its mail's subject says and the site path
 * of what it is about. Empty when the recipient is gone or may no longer view what it is about.
 */
public interface NoticeLines {
    record Line(String subject, String path) {
    }

    Optional<Line> line(Notice notice);
}
