package io.outloud.wol.macro;

import java.util.List;

/** What the block template shows. Public getters only: they are on the Velocity allowlist. */
public final class BlockView {
    private final String macroId;
    private final long pageId;
    private final String statusCode;
    private final String statusLabel;
    private final String statusLozenge;
    private final String workingOn;
    private final String bodyHtml;
    private final List<ReactionView> reactions;
    private final boolean interactive;
    private final boolean signedIn;

    BlockView(String macroId, long pageId, String statusCode, String statusLabel, String statusLozenge, String workingOn,
              String bodyHtml, List<ReactionView> reactions, boolean interactive, boolean signedIn) {
        this.macroId = macroId;
        this.pageId = pageId;
        this.statusCode = statusCode;
        this.statusLabel = statusLabel;
        this.statusLozenge = statusLozenge;
        this.workingOn = workingOn;
        this.bodyHtml = bodyHtml;
        this.reactions = List.copyOf(reactions);
        this.interactive = interactive;
        this.signedIn = signedIn;
    }

    public String getMacroId() {
        return macroId;
    }

    public long getPageId() {
        return pageId;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getStatusLozenge() {
        return statusLozenge;
    }

    public String getWorkingOn() {
        return workingOn;
    }

    /** The narration: the macro body Confluence already rendered and sanitised, so it is output as HTML. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<ReactionView> getReactions() {
        return reactions;
    }

    /** False where nobody can click (PDF, e-mail, a macro not saved yet): no buttons then. */
    public boolean isInteractive() {
        return interactive;
    }

    public boolean isSignedIn() {
        return signedIn;
    }
}
