package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.OwnHelp;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link OwnHelp} on Active Objects: one read on the indexed helper column, newest first. */
public class AoOwnHelp implements OwnHelp {
    private final ActiveObjects ao;

    public AoOwnHelp(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<HelpOffer> offeredBy(String helperKey, int limit) {
        return Arrays.stream(ao.find(AoHelpOffer.class, Query.select().where(AoHelpOffer.HELPER_KEY + " = ?", helperKey)
                .order(AoHelpOffer.CREATED_AT + " DESC, ID DESC").limit(limit))).map(AoHelpStore::toOffer).toList();
    }
}
