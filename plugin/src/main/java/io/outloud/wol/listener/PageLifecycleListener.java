package io.outloud.wol.listener;

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
import io.outloud.wol.BlockRegistry;
import io.outloud.wol.ShareRequestService;

/**
 * Keeps blocks in step with their pages through Confluence's page events: a save registers new blocks with
 * the person who saved as author (and blocks that answer a request to share close it); trash and restore take blocks out of streams and back; a purge deletes them.
 * A removed space takes the data of all its pages' blocks with it.
 * Registered with the host's event publisher for the life of the plugin (Spring init and destroy methods).
 */
public class PageLifecycleListener {
    private final EventPublisher events;
    private final BlockRegistry registry;
    private final ShareRequestService shareRequests;
    private final PageManager pages;

    public PageLifecycleListener(EventPublisher events, BlockRegistry registry, ShareRequestService shareRequests, PageManager pages) {
        this.events = events;
        this.registry = registry;
        this.shareRequests = shareRequests;
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
        registry.pageTrashed(event.getPage().getId());
    }

    @EventListener
    public void onRestore(PageRestoreEvent event) {
        registry.pageRestored(event.getPage().getId());
    }

    @EventListener
    public void onPurge(PageRemoveEvent event) {
        registry.pagePurged(event.getPage().getId());
    }

    @EventListener
    public void onSpaceRemove(SpaceRemoveEvent event) {
        if (event.getSpace() != null && event.getSpace().getKey() != null) {
            registry.spaceRemoved(event.getSpace().getKey(), pageId -> pages.getAbstractPage(pageId) != null);
        }
    }

    private void saved(PageEvent event) {
        Page page = event.getPage();
        ConfluenceUser editor = page.getLastModifier() != null ? page.getLastModifier() : page.getCreator();
        if (editor == null) {
            return; // an anonymous save: the block gets its author when someone known saves or it first renders
        }
        registry.pageSaved(page.getId(), page.getSpaceKey(), editor.getKey().getStringValue(), page.getBodyAsString());
        // After the registry: a block answers a request only once its author is recorded.
        shareRequests.pageSaved(page.getId(), editor.getKey().getStringValue(), page.getBodyAsString());
    }
}
