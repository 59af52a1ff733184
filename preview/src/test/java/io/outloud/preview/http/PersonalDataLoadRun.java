package io.outloud.preview.http;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.content.MacroIdentity;
import io.outloud.notify.NoticeListStore;
import io.outloud.notify.ao.AoNoticeListStore;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ao.AoBlockStore;
import io.outloud.wol.ao.AoReactionStore;
import io.outloud.wol.ao.AoReplyStore;
import io.outloud.wol.ao.AoViewStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The personal data load run ({@code scripts/bench privacy}): two people with {@value #ITEMS} items each (2,500
 * reactions, 2,500 views, 2,000 replies, 1,000 pieces of feedback, 2,000 notifications) on 500 blocks of a colleague;
 * then each one's export over HTTP (time to the first byte, the whole download, its size and rows, the SQL statements)
 * and their erasure through the admin REST resource (texts anonymised for one, deleted for the other). Figures printed,
 * never asserted. H2 by default; OUTLOUD_BENCH_DB_URL names a PostgreSQL instead.
 */
public final class PersonalDataLoadRun {
    static final int ITEMS = 10_000;
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private PersonalDataLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db))) {
            System.out.println("Out Loud personal data load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, load average " + DirectoryLoadRun.loadAverage());
            ActiveObjects ao = server.hosts().activeObjects();
            long t0 = System.nanoTime();
            seed(ao, "8a7f80a1-farid", 0);
            seed(ao, "8a7f80a1-chloe", 1);
            System.out.printf(Locale.ROOT, "Seeded 2 x %,d items in %.1f s%n", ITEMS, (System.nanoTime() - t0) / 1e9);
            PreviewClient admin = new PreviewClient(server.baseUrl()).actAs("admin").secureAdminSession();
            for (String[] person : new String[][]{{"farid", "anonymise"}, {"chloe", "delete"}}) {
                PreviewClient client = new PreviewClient(server.baseUrl()).actAs(person[0]);
                client.get("/rest/outloud/1.0/me/data/size"); // warm: first use of the resource
                long statements = server.statementsSoFar();
                t0 = System.nanoTime();
                PreviewClient.Response export = client.get("/rest/outloud/1.0/me/data");
                double seconds = (System.nanoTime() - t0) / 1e9;
                long exportStatements = server.statementsSoFar() - statements;
                long rows = export.body().lines().filter(line -> line.startsWith("{")).count() - 1;
                System.out.printf(Locale.ROOT, "Export of %s: %,d rows, %,d bytes in %.2f s (%,.0f rows/s), %d SQL statements%n",
                        person[0], rows, export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, seconds, rows / seconds,
                        exportStatements);
                statements = server.statementsSoFar();
                t0 = System.nanoTime();
                PreviewClient.Response erased = admin.postJson("/rest/outloud/1.0/admin/people/erase",
                        "{\"username\":\"" + person[0] + "\",\"confirm\":\"" + person[0] + "\",\"texts\":\"" + person[1] + "\"}");
                seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "Erasure of %s (texts %s): HTTP %d in %.2f s, %d SQL statements%n", person[0], person[1],
                        erased.statusCode(), seconds, server.statementsSoFar() - statements);
            }
        }
    }

    /** 10,000 items of one person on 500 blocks of a colleague (alice), each through the feature's own store. */
    private static void seed(ActiveObjects ao, String person, int n) {
        AoBlockStore blocks = new AoBlockStore(ao);
        AoReactionStore reactions = new AoReactionStore(ao);
        AoViewStore views = new AoViewStore(ao);
        AoReplyStore replies = new AoReplyStore(ao);
        AoFeedbackStore feedback = new AoFeedbackStore(ao);
        AoNoticeListStore notices = new AoNoticeListStore(ao);
        long page = 900_000 + n * 100L;
        for (int b = 0; b < 500; b++) {
            String macro = "load-" + n + "-" + b;
            long pageId = page + b / 10;
            blocks.create(new MacroIdentity(macro, pageId, "TEAM"), "8a7f80a1-alice", BlockStatus.IN_PROGRESS, T0);
            for (ReactionKind kind : ReactionKind.values()) {
                reactions.toggle(pageId, macro, person, kind, T0);
            }
            for (int day = 0; day < 5; day++) {
                views.record(pageId, macro, person, "Research", LocalDate.of(2026, 11, 2 + day), T0.plusSeconds(86_400L * day));
            }
            for (int r = 0; r < 4; r++) {
                replies.add(pageId, macro, person, "Reply " + r + " on " + macro, T0);
            }
            for (int f = 0; f < 2; f++) {
                feedback.add(pageId, "thought-" + n + "-" + b, person, FeedbackKind.GO_ON, "Go on " + f, f == 1, false, T0);
            }
            for (int i = 0; i < 4; i++) {
                notices.add(new NoticeListStore.NewNotice(person, "block:" + pageId + ":" + macro, "reply", pageId, "A page",
                        "Someone replied", "/pages/viewpage.action?pageId=" + pageId, T0));
            }
        }
    }
}
