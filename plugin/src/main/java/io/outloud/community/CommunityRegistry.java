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
        for (Community homed : communities.homedOn(pageId)) {
            if (!found.containsKey(homed.homeMacroId())) {
                communities.setHome(homed.key(), 0, homed.homeMacroId()); // still members-only: it lived on that page
            }
        }
        found.forEach((macroId, parameters) -> {
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
