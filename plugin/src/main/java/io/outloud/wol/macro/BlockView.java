package io.outloud.wol.macro;

import io.outloud.people.AuthorView;
import java.util.List;

/** What the block card shows ({@link BlockCard}). Public getters, so that the golden test can render the old template with it. */
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
    private String noticesUrl = "";
    private final AuthorView author;
    private final String learned;
    private final String helpWanted;
    private final String community;
    private final List<String> labels;
    private int replyCount;
    private String seenText = "";
    private boolean seenRecordable;
    private boolean seenAuthor;
    private HelpView help;
    private String askLabel = "";
    private String answerText = "";
    private boolean whoReacted;

    BlockView(String macroId, long pageId, String statusCode, String statusLabel, String statusLozenge, String workingOn,
              String bodyHtml, List<ReactionView> reactions, boolean interactive, boolean signedIn) {
        this(macroId, pageId, statusCode, statusLabel, statusLozenge, workingOn, bodyHtml, reactions, interactive, signedIn,
                null, "", "", "", List.of());
    }

    BlockView(String macroId, long pageId, String statusCode, String statusLabel, String statusLozenge, String workingOn,
              String bodyHtml, List<ReactionView> reactions, boolean interactive, boolean signedIn, AuthorView author,
              String learned, String helpWanted, String community, List<String> labels) {
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
        this.author = author;
        this.learned = learned;
        this.helpWanted = helpWanted;
        this.community = community;
        this.labels = List.copyOf(labels);
    }

    /** Null when the block has no recorded author yet (a macro not saved with its page). */
    public AuthorView getAuthor() {
        return author;
    }

    public String getLearned() {
        return learned;
    }

    public String getHelpWanted() {
        return helpWanted;
    }

    public String getCommunity() {
        return community;
    }

    public List<String> getLabels() {
        return labels;
    }

    public int getReplyCount() {
        return replyCount;
    }

    /** The seen-by line ("Seen by 12 colleagues in 5 departments"), already graded for privacy. */
    public String getSeenText() {
        return seenText;
    }

    /** Whether the block script records the reader's view (signed in, not the author). */
    public boolean isSeenRecordable() {
        return seenRecordable;
    }

    /** Whether the reader is the block's author, who may ask who saw it. */
    public boolean isSeenAuthor() {
        return seenAuthor;
    }

    BlockView withSeen(String text, boolean recordable, boolean author) {
        this.seenText = text;
        this.seenRecordable = recordable;
        this.seenAuthor = author;
        return this;
    }

    /** The offers of help: null when the block does not ask for help (or nobody can click). */
    public HelpView getHelp() {
        return help;
    }

    BlockView withHelp(HelpView help) {
        this.help = help;
        return this;
    }

    /** "Ask Farid to share": empty when the reader may not ask (anonymous, the author, not on a page). */
    public String getAskLabel() {
        return askLabel;
    }

    /** "Shared because Alice asked: ...": empty unless the block answers a request to its author. */
    public String getAnswerText() {
        return answerText;
    }

    private List<FollowButton> follows = List.of();

    /** The follow buttons of a signed-in reader: the author (not oneself), the community and each label. */
    List<FollowButton> getFollows() {
        return follows;
    }

    BlockView withFollows(List<FollowButton> buttons) {
        this.follows = List.copyOf(buttons);
        return this;
    }

    BlockView withAsk(String label, String answer) {
        this.askLabel = label == null ? "" : label;
        this.answerText = answer == null ? "" : answer;
        return this;
    }

    /** Whether the reader may open the list of who reacted (the site's rule, graded). */
    public boolean isWhoReacted() {
        return whoReacted;
    }

    /** The signed-in reader's own notification list, linked beside the replies ("" for anonymous readers). */
    public String getNoticesUrl() {
        return noticesUrl;
    }

    BlockView withNoticesUrl(String url) {
        this.noticesUrl = url;
        return this;
    }

    BlockView withWhoReacted(boolean shown) {
        this.whoReacted = shown;
        return this;
    }

    BlockView withReplyCount(int count) {
        this.replyCount = count;
        return this;
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
