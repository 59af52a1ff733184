package io.outloud.content.listener;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.outloud.content.PageLifecycle;

import java.util.List;

/**
 * Keeps every feature's data in step with its pages through Confluence's page events: a save lets each feature
 * record new macro occurrences with the person who saved as author (blocks, then the requests to share they answer,
 * then half-finished thoughts); trash and restore take them out of listings and back; a purge deletes their data.
 * A removed space takes the data of all its pages with it.
 * Registered with the host's event publisher for the life of the plugin (Spring init and destroy methods).
 */
public class PageLifecycleListener {
    private final EventPublisher events;
    private final List<PageLifecycle> features;
    private final PageManager pages;

    /** @param features told in this order: a block answers a request only once the block's author is recorded */
    public PageLifecycleListener(EventPublisher events, List<PageLifecycle> features, PageManager pages) {
        this.events = events;
        this.features = List.copyOf(features);
        this.pages = pages;
    }

    public void register() {
        events.register(this);
    }

    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onCreate(PageCreateEvent event) {
        saved(event);
    }

    @EventListener
    public void onUpdate(PageUpdateEvent event) {
        saved(event);
    }

    @EventListener
    public void onTrash(PageTrashedEvent event) {
        long pageId = event.getPage().getId();
        features.forEach(feature -> feature.pageTrashed(pageId));
    }

    @EventListener
    public void onRestore(PageRestoreEvent event) {
        long pageId = event.getPage().getId();
        features.forEach(feature -> feature.pageRestored(pageId));
    }

    @EventListener
    public void onPurge(PageRemoveEvent event) {
        long pageId = event.getPage().getId();
        features.forEach(feature -> feature.pagePurged(pageId));
    }

    @EventListener
    public void onSpaceRemove(SpaceRemoveEvent event) {
        if (event.getSpace() != null && event.getSpace().getKey() != null) {
            String spaceKey = event.getSpace().getKey();
            features.forEach(feature -> feature.spaceRemoved(spaceKey, pageId -> pages.getAbstractPage(pageId) != null));
        }
    }

    private void saved(PageEvent event) {
        Page page = event.getPage();
        ConfluenceUser editor = page.getLastModifier() != null ? page.getLastModifier() : page.getCreator();
        if (editor == null) {
            return; // an anonymous save: the block gets its author when someone known saves or it first renders
        }
        String editorKey = editor.getKey().getStringValue();
        String storage = page.getBodyAsString();
        features.forEach(feature -> feature.pageSaved(page.getId(), page.getSpaceKey(), editorKey, storage));
    }
}
