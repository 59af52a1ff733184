package io.outloud.community.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityLinks;
import io.outloud.common.web.SiteLinks;

import java.util.List;

/** Builds the directory's view and the words of each entry, for the macro and for REST alike. */
public final class DirectoryViews {
    private final CommunityDirectory directory;
    private final I18nResolver i18n;
    private final SiteLinks links;

    public DirectoryViews(CommunityDirectory directory, I18nResolver i18n, SiteLinks links) {
        this.directory = directory;
        this.i18n = i18n;
        this.links = links;
    }

    public DirectoryView build(boolean signedIn) {
        CommunityDirectory.Listing listing = directory.list(null, null, null, null);
        DirectoryView view = new DirectoryView();
        view.entries = listing.entries().stream().map(e -> entry(e, List.of())).toList();
        view.suggestions = listing.suggestions().stream().map(s -> entry(s.entry(), s.newDepartments())).toList();
        view.labels = listing.labels();
        view.departments = listing.departments();
        view.sort = listing.sort().code();
        view.signedIn = signedIn;
        view.countText = countText(listing.entries().size());
        view.next = listing.nextCursor() == null ? "" : listing.nextCursor();
        return view;
    }

    public String countText(int count) {
        return i18n.getText("outloud.directory.count", count);
    }

    public String sizeText(CommunityDirectory.Entry entry) {
        return i18n.getText("outloud.community.members-from", entry.members(), entry.departmentCount());
    }

    public String newDepartmentsText(List<String> departments) {
        return departments.isEmpty() ? "" : i18n.getText("outloud.directory.suggestion", String.join(", ", departments));
    }

    public String accessLabel(CommunityDirectory.Entry entry) {
        return i18n.getText("outloud.community.access." + entry.community().access().code());
    }

    private DirectoryEntry entry(CommunityDirectory.Entry e, List<String> newDepartments) {
        DirectoryEntry entry = new DirectoryEntry();
        entry.key = e.community().key();
        entry.name = e.community().name();
        entry.url = links.href(CommunityLinks.pathOf(e.community()));
        entry.curiosity = e.community().curiosity();
        entry.accessLabel = accessLabel(e);
        entry.labels = e.community().labels();
        entry.sizeText = sizeText(e);
        entry.member = e.viewerIsMember();
        entry.newDepartmentsText = newDepartmentsText(newDepartments);
        return entry;
    }
}
