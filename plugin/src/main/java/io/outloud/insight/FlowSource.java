package io.outloud.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the acts of one kind of knowledge flow recorded on a day (UTC), implemented by the feature that records
 * them (blocks, thoughts, pairing). A fixed number of statements per call, whatever the number of acts.
 */
public interface FlowSource {
    List<FlowEvent> eventsOn(LocalDate day);
}
