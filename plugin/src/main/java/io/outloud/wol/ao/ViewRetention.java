package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.common.privacy.TextsOnErasure;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who saw a block, kept for the retention period. First, daily views of days before it are folded into per-day counts
 * of their block ({@link AoViewDay}) and deleted. Then the viewer rows of people not seen on the block since then lose
 * their person (the department stays): seen-by counts read the viewer rows, so every count shown stays the same,
 * and the author's list of names leaves them out as it leaves out anyone unknown. A viewer seen again within the period
 * keeps their row, dated from their latest view. Someone who comes back after the period is counted again: the app no
 * longer knows they were there.
 */
public class ViewRetention implements Retained {
    private final ActiveObjects ao;

    public ViewRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        int folded = foldDays(cutoffs, limit);
        return folded > 0 ? folded : forgetViewers(cutoffs, limit);
    }

    private int foldDays(RetentionCutoffs cutoffs, int limit) {
        return ao.executeInTransaction(() -> {
            AoView[] views = ao.find(AoView.class, Query.select("ID, " + AoView.PAGE_ID + ", " + AoView.MACRO_ID + ", " + AoView.SEEN_DAY)
                    .where(AoView.SEEN_DAY + " < ?", cutoffs.viewsBefore().toString()).order("ID").limit(limit));
            Map<String, Integer> perDay = new LinkedHashMap<>();
            Map<String, AoView> sample = new HashMap<>();
            for (AoView view : views) {
                String key = view.getPageId() + "|" + view.getMacroId() + "|" + view.getSeenDay();
                perDay.merge(key, 1, Integer::sum);
                sample.putIfAbsent(key, view);
            }
            perDay.forEach((key, count) -> addViews(key, sample.get(key), count));
            RowBatch batch = RowBatch.of(views);
            if (!batch.isEmpty()) {
                ao.deleteWithSQL(AoView.class, batch.in("ID"), batch.values());
            }
            return views.length;
        });
    }

    private void addViews(String key, AoView view, int count) {
        AoViewDay[] day = ao.find(AoViewDay.class, Query.select().where(AoViewDay.UNIQUE_KEY + " = ?", key));
        if (day.length > 0) {
            day[0].setViews(day[0].getViews() + count);
            day[0].save();
        } else {
            ao.create(AoViewDay.class, new DBParam(AoViewDay.PAGE_ID, view.getPageId()), new DBParam(AoViewDay.MACRO_ID, view.getMacroId()),
                    new DBParam(AoViewDay.SEEN_DAY, view.getSeenDay()), new DBParam(AoViewDay.VIEWS, count),
                    new DBParam(AoViewDay.UNIQUE_KEY, key));
        }
    }

    /** Once every daily view left is within the period, a viewer row without one is a person not seen since. */
    private int forgetViewers(RetentionCutoffs cutoffs, int limit) {
        return ao.executeInTransaction(() -> {
            AoViewer[] viewers = ao.find(AoViewer.class, Query.select()
                    .where(AoViewer.FIRST_SEEN_AT + " < ? AND " + AoViewer.USER_KEY + " <> ?",
                            cutoffs.viewsBeforeInstant().toEpochMilli(), TextsOnErasure.ERASED)
                    .order("ID").limit(limit));
            if (viewers.length == 0) {
                return 0;
            }
            Map<String, Long> latest = latestViews(viewers);
            for (AoViewer viewer : viewers) {
                Long seenAt = latest.get(viewer.getUniqueKey());
                if (seenAt != null) {
                    viewer.setFirstSeenAt(seenAt);
                } else {
                    viewer.setUserKey(TextsOnErasure.ERASED);
                    viewer.setUniqueKey(TextsOnErasure.ERASED + viewer.getID());
                }
                viewer.save();
            }
            return viewers.length;
        });
    }

    /** The latest daily view of each of these viewers' blocks, by the viewer's unique key (block and person). */
    private Map<String, Long> latestViews(AoViewer[] viewers) {
        RowBatch pages = new RowBatch(Arrays.stream(viewers).map(viewer -> (Object) viewer.getPageId()).distinct().toArray());
        RowBatch people = new RowBatch(Arrays.stream(viewers).map(AoViewer::getUserKey).distinct().toArray());
        Object[] parameters = Stream.concat(Arrays.stream(pages.values()), Arrays.stream(people.values())).toArray();
        // By the indexed page id first: the daily views are the app's largest table.
        return Arrays.stream(ao.find(AoView.class, Query.select("ID, " + AoView.PAGE_ID + ", " + AoView.MACRO_ID + ", " + AoView.USER_KEY
                        + ", " + AoView.SEEN_AT).where(pages.in(AoView.PAGE_ID) + " AND " + people.in(AoView.USER_KEY), parameters)))
                .collect(Collectors.toMap(view -> view.getPageId() + "|" + view.getMacroId() + "|" + view.getUserKey(), AoView::getSeenAt, Math::max));
    }
}
