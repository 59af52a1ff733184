package io.outloud.thought.macro;

import io.outloud.people.AuthorView;

import java.util.List;

/**
 * A half-finished thought's view model. Every text is plain (the template escapes it) except the body, which
 * Confluence rendered. Public getters only: they are on the Velocity allowlist.
 */
public final class ThoughtView {
    String macroId = "";
    long pageId;
    String stageCode = "";
    String stageLabel = "";
    boolean ripe;
    String question = "";
    String bodyHtml = "";
    AuthorView author;
    String ripenBy = "";
    String visibilityText = "";
    String creditText = "";
    boolean interactive;
    boolean signedIn;
    boolean mayGive;
    boolean mayGiveUnnamed;
    String refusalText = "";
    String moveTo = "";
    String moveLabel = "";
    String backTo = "";
    String backLabel = "";
    boolean onBehalf;
    String behalfLabel = "";
    String behalfNote = "";
    String moveConfirm = "";
    String backConfirm = "";
    List<KindView> kinds = List.of();
    String mineUrl = "";
    String noticesUrl = "";
    String joinCommunity = "";
    String joinLabel = "";
    int feedbackCount;
    List<String> errors = List.of();

    ThoughtView() {
    }

    public String getMacroId() {
        return macroId;
    }

    public long getPageId() {
        return pageId;
    }

    public String getStageCode() {
        return stageCode;
    }

    public String getStageLabel() {
        return stageLabel;
    }

    public boolean isRipe() {
        return ripe;
    }

    public String getQuestion() {
        return question;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public AuthorView getAuthor() {
        return author;
    }

    public String getRipenBy() {
        return ripenBy;
    }

    public String getVisibilityText() {
        return visibilityText;
    }

    public String getCreditText() {
        return creditText;
    }

    public boolean isInteractive() {
        return interactive;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isMayGive() {
        return mayGive;
    }

    public boolean isMayGiveUnnamed() {
        return mayGiveUnnamed;
    }

    public String getRefusalText() {
        return refusalText;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public String getMoveLabel() {
        return moveLabel;
    }

    public String getBackTo() {
        return backTo;
    }

    public String getBackLabel() {
        return backLabel;
    }

    /** The reader may edit the page but did not write the thought: the stage controls sit behind an "on the author's behalf" step. */
    public boolean isOnBehalf() {
        return onBehalf;
    }

    public String getBehalfLabel() {
        return behalfLabel;
    }

    public String getBehalfNote() {
        return behalfNote;
    }

    /** What a confirmation dialog says before the move on ("" for none: a step that is easily taken back, by its author). */
    public String getMoveConfirm() {
        return moveConfirm;
    }

    /** What a confirmation dialog says before the move back ("" for none). */
    public String getBackConfirm() {
        return backConfirm;
    }

    public List<KindView> getKinds() {
        return kinds;
    }

    public String getMineUrl() {
        return mineUrl;
    }

    /** The signed-in reader's own notification list ("" for anonymous readers). */
    public String getNoticesUrl() {
        return noticesUrl;
    }

    public String getJoinCommunity() {
        return joinCommunity;
    }

    public String getJoinLabel() {
        return joinLabel;
    }

    public int getFeedbackCount() {
        return feedbackCount;
    }

    /** What is wrong with the macro's parameters, one message each; empty when nothing is. */
    public List<String> getErrors() {
        return errors;
    }
}
