package io.outloud.rhythm;

import io.outloud.notify.Notice;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every kind of notice a feature sends has a topic a person chooses a cadence for (a new kind without one failed at send). */
class NoticeTopicTest {

    @Test
    void everyKindOfNotice_belongsToATopic() {
        for (Notice.Kind kind : Notice.Kind.values()) {
            assertNotNull(NoticeTopic.of(kind), kind.name());
        }
        assertEquals(NoticeTopic.THANKS, NoticeTopic.of(Notice.Kind.THANKED));
    }
}
