package io.outloud.testing;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.util.ArrayList;
import java.util.List;

/** Keeps every notice sent. */
public final class RecordingNotifier implements Notifier {
    public final List<Notice> sent = new ArrayList<>();

    @Override
    public void notify(Notice notice) {
        sent.add(notice);
    }

    public List<Notice> of(Notice.Kind kind) {
        return sent.stream().filter(n -> n.kind() == kind).toList();
    }
}
