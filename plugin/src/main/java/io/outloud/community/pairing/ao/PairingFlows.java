package io.outloud.community.pairing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.insight.FlowEvent;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowSource;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pairings that met, as their people said on a day, for the insight roll-ups: from the one who said so to each
 * partner of the match, within the pairing's community. One statement for the answers and one per {@value #BATCH}
 * matches.
 */
public class PairingFlows implements FlowSource {
    static final int BATCH = 500;
    private final ActiveObjects ao;

    public PairingFlows(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<FlowEvent> eventsOn(LocalDate day) {
        long from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        AoPairSeat[] met = Arrays.stream(ao.find(AoPairSeat.class, Query.select("ID, " + AoPairSeat.MATCH_ID + ", " + AoPairSeat.USER_KEY + ", "
                        + AoPairSeat.COMMUNITY_KEY + ", " + AoPairSeat.ANSWER)
                .where(AoPairSeat.ANSWERED_AT + " >= ? AND " + AoPairSeat.ANSWERED_AT + " < ?", from, to)))
                .filter(seat -> PairingAnswer.MET.code().equals(seat.getAnswer())).toArray(AoPairSeat[]::new);
        Set<Long> matches = new LinkedHashSet<>();
        for (AoPairSeat seat : met) {
            matches.add(seat.getMatchId());
        }
        Map<Long, List<AoPairSeat>> seats = new HashMap<>();
        List<Long> all = List.copyOf(matches);
        for (int start = 0; start < all.size(); start += BATCH) {
            RowBatch batch = new RowBatch(all.subList(start, Math.min(all.size(), start + BATCH)).toArray());
            for (AoPairSeat seat : ao.find(AoPairSeat.class, Query.select("ID, " + AoPairSeat.MATCH_ID + ", " + AoPairSeat.USER_KEY)
                    .where(batch.in(AoPairSeat.MATCH_ID), batch.values()))) {
                seats.computeIfAbsent(seat.getMatchId(), k -> new ArrayList<>()).add(seat);
            }
        }
        List<FlowEvent> events = new ArrayList<>();
        for (AoPairSeat seat : met) {
            for (AoPairSeat partner : seats.getOrDefault(seat.getMatchId(), List.of())) {
                if (!partner.getUserKey().equals(seat.getUserKey())) {
                    events.add(new FlowEvent(FlowKind.PAIRING_MET, seat.getUserKey(), partner.getUserKey(), seat.getCommunityKey()));
                }
            }
        }
        return events;
    }
}
