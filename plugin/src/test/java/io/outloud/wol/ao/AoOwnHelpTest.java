package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.HelpOffer;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The help a person offered, newest first and limited, on H2 and PostgreSQL, from rows the real help store writes. */
class AoOwnHelpTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @EachDatabase
    void theHelpersOwnOffers_newestFirst_atMostTheLimit_acceptedOnesMarked(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoHelpOffer.class, AoBlock.class);
        AoHelpStore help = new AoHelpStore(ao);
        HelpOffer first = help.offer(10L, "m1", "bruno", "I know the export", T0).orElseThrow();
        help.offer(11L, "m2", "bruno", "Happy to pair", T0.plusSeconds(60)).orElseThrow();
        help.offer(12L, "m3", "bruno", "Ask me", T0.plusSeconds(120)).orElseThrow();
        help.offer(10L, "m1", "alice", "Me too", T0.plusSeconds(180)).orElseThrow();
        help.accept(first.id());

        AoOwnHelp own = new AoOwnHelp(ao);
        assertEquals(List.of("m3", "m2"), own.offeredBy("bruno", 2).stream().map(HelpOffer::macroId).toList());
        List<HelpOffer> all = own.offeredBy("bruno", 10);
        assertEquals(List.of("m3", "m2", "m1"), all.stream().map(HelpOffer::macroId).toList());
        assertEquals(List.of(false, false, true), all.stream().map(HelpOffer::accepted).toList());
        assertEquals(List.of(), own.offeredBy("chloe", 10));
    }
}
