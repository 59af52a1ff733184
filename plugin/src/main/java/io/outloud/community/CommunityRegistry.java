package io.outloud.community;

import io.outloud.common.OutloudException;
import io.outloud.content.MacroScan;
import io.outloud.content.PageLifecycle;

import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.logging.Logger;

/**
 * Keeps communities in step with the pages they live on. Saving a page with a community macro whose community does
 * not exist yet makes it, with the person who saved as its lead (the insert dialog's name, curiosity and access); a
 * lead's page becomes the home of a community that has none. A page in the trash, or one that lost its macro, leaves
 * its community without a home, never without its data: only a lead removes a community.
 */
public class CommunityRegistry implements PageLifecycle {
    public static final String MACRO_NAME = "outloud-community";
    private static final Logger LOG = Logger.getLogger(CommunityRegistry.class.getName());

    private final CommunityStore communities;
    private final CommunityMembers members;
    private final CommunityService service;

    public CommunityRegistry(CommunityStore communities, CommunityMembers members, CommunityService service) {
        this.communities = Objects.requireNonNull(communities);
        this.members = Objects.requireNonNull(members);
        this.service = Objects.requireNonNull(service);
    }

    @Override
    public void pageSaved(long pageId, String spaceKey, String editorKey, String storage) {
        Map<String, Map<String, String>> found = MacroScan.parametersById(storage, MACRO_NAME);
        Map<String, Community> homedHere = new java.util.HashMap<>();
        for (Community homed : communities.homedOn(pageId)) {
            if (!found.containsKey(homed.homeMacroId())) {
                communities.setHome(homed.key(), 0, homed.homeMacroId()); // still members-only: it lived on that page
            } else {
                homedHere.put(homed.homeMacroId(), homed);
            }
        }
        found.forEach((macroId, parameters) -> {
            Community home = homedHere.get(macroId);
            if (home != null) {
                renameIfLeadAsks(home, parameters, editorKey);
                return; // the macro is this community's home: it keeps showing it, whatever its parameters say
            }
            CommunityDraft draft;
            try {
                draft = CommunityDraft.of(parameters.get("name"), parameters.get("curiosity"), parameters.get("access"), parameters.get("labels"));
            } catch (OutloudException e) {
                return; // the macro names the problem where it renders
            }
            String key = CommunityKeys.fromName(draft.name());
            Community existing = communities.find(key).orElse(null);
            if (existing == null) {
                try {
                    service.createFor(editorKey, draft, pageId, macroId);
                } catch (OutloudException e) {
                    LOG.fine(() -> "community " + key + " not made from page " + pageId + ": " + e.messageKey());
                }
            } else if (!existing.hasHome() && members.isLead(key, editorKey)) {
                communities.setHome(key, pageId, macroId);
            }
        });
    }

    /**
     * A lead who changes the name, curiosity, access or labels in the community's home macro changes the community
     * (its key stays, so links and tagged blocks keep working); anyone else's change leaves it as it is.
     */
    private void renameIfLeadAsks(Community home, Map<String, String> parameters, String editorKey) {
        CommunityDraft draft;
        try {
            draft = CommunityDraft.of(parameters.get("name"), parameters.get("curiosity"), parameters.get("access"), parameters.get("labels"));
        } catch (OutloudException e) {
            return;
        }
        boolean changed = !draft.name().equals(home.name()) || !draft.curiosity().equals(home.curiosity())
                || draft.access() != home.access() || !draft.labels().equals(home.labels());
        if (!changed || !members.isLead(home.key(), editorKey)) {
            return;
        }
        try {
            communities.update(new Community(home.key(), draft.name(), draft.curiosity(), draft.access(), draft.labels(), home.homePageId(),
                    home.homeMacroId(), home.createdBy(), home.createdAt()));
        } catch (DuplicateCommunityException e) {
            LOG.fine(() -> "community " + home.key() + " keeps its name: " + draft.name() + " is taken");
        }
    }

    @Override
    public void pageTrashed(long pageId) {
        communities.unhome(pageId);
    }

    @Override
    public void pageRestored(long pageId) {
        communities.rehome(pageId);
    }

    @Override
    public void pagePurged(long pageId) {
        communities.unhome(pageId);
    }

    @Override
    public void spaceRemoved(String spaceKey, LongPredicate pageStillExists) {
        for (Community community : communities.all()) {
            if (community.hasHome() && !pageStillExists.test(community.homePageId())) {
                communities.unhome(community.homePageId());
            }
        }
    }
}
