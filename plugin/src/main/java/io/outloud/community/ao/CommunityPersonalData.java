package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;
import net.java.ao.Query;

import java.util.List;

/**
 * What communities hold about a person: their memberships (requests and invitations too) leave through the membership
 * store, so each community's member and department counters are recounted; their asks go or stay without a name; the
 * communities they started stay, started by nobody.
 */
public class CommunityPersonalData extends PersonTables {
    private final AoCommunityMembers members;

    public CommunityPersonalData(ActiveObjects ao) {
        super(ao, List.of(
                new Column("communitiesStarted", AoCommunity.class, AoCommunity.CREATED_BY),
                new Column("memberships", AoCommunityMember.class, AoCommunityMember.USER_KEY),
                new Column("communityAsks", AoCommunityAsk.class, AoCommunityAsk.ASKER_KEY)));
        this.members = new AoCommunityMembers(ao);
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.COMMUNITY_KEY)
                .where(AoCommunityMember.USER_KEY + " = ?", userKey))) {
            members.leave(row.getCommunityKey(), userKey); // one counted transaction per community, as every leave
        }
        ao.executeInTransaction(() -> {
            if (texts == TextsOnErasure.DELETE) {
                delete(AoCommunityAsk.class, AoCommunityAsk.ASKER_KEY, userKey);
            } else {
                anonymise(AoCommunityAsk.class, AoCommunityAsk.ASKER_KEY, userKey, row -> row.setAskSlot(erasedSlot(row)));
            }
            anonymise(AoCommunity.class, AoCommunity.CREATED_BY, userKey, row -> { });
            return null;
        });
    }
}
