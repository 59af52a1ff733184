package io.outloud.wol.macro;

import io.outloud.people.AuthorView;
import io.outloud.common.macro.Texts;
import io.outloud.common.text.HtmlWriter;

/**
 * The working-out-loud block's card, written in Java rather than by a template: a page shows up to 50 of them, and a
 * Velocity merge per card paid the host's method allowlist for every reference it read (most of a page's render).
 * Every value that is not the app's own markup goes through {@link HtmlWriter#text}; the narration is the macro body
 * Confluence already rendered and sanitised. The golden test in the preview holds this output to the template it
 * replaced, over hostile texts and every state.
 */
final class BlockCard {
    /** Enough for an interactive card in any language without its narration, so the buffer is not copied as it grows. */
    private static final int CAPACITY = 8192;
    private final BlockView block;
    private final Texts texts;
    private final HtmlWriter out;
    private final String id;

    private BlockCard(BlockView block, Texts texts) {
        this.block = block;
        this.texts = texts;
        this.out = new HtmlWriter(CAPACITY + block.getBodyHtml().length());
        this.id = block.getMacroId();
    }

    static String html(BlockView block, Texts texts) {
        return new BlockCard(block, texts).write();
    }

    private String write() {
        out.raw("<section");
        if (!id.isEmpty()) {
            out.raw(" id=\"outloud-block-").text(id).raw("\"");
        }
        out.raw(" class=\"outloud-block outloud-status-").text(block.getStatusCode()).raw("\" data-outloud-macro=\"working-out-loud\"")
                .attribute("data-macro-id", id).raw(" data-page-id=\"").text(block.getPageId()).raw("\"")
                .attribute("aria-label", texts.get("outloud.wol.block.label")).raw(">\n");
        header();
        if (!block.getAskLabel().isEmpty()) {
            askForm();
        }
        if (!block.getAnswerText().isEmpty()) {
            out.raw("<p class=\"outloud-block-answers\">").text(block.getAnswerText()).raw("</p>\n");
        }
        out.raw("<div class=\"outloud-block-narration\">").raw(block.getBodyHtml()).raw("</div>\n");
        note("outloud-block-learned\">", "outloud.wol.block.learned", block.getLearned());
        note("outloud-block-help\" role=\"note\">", "outloud.wol.block.help-wanted", block.getHelpWanted());
        tags();
        follows();
        if (block.isInteractive()) {
            reactions();
            if (block.isWhoReacted()) {
                whoReacted();
            }
            if (block.getHelp() != null) {
                help(block.getHelp());
            }
            seen();
            replies();
        }
        return out.raw("</section>\n").toString();
    }

    private void header() {
        out.raw("<header class=\"outloud-block-header\">\n");
        AuthorView author = block.getAuthor();
        if (author != null) {
            out.raw("<div class=\"outloud-block-author\">\n");
            if (!author.getAvatarUrl().isEmpty()) {
                out.raw("<img class=\"outloud-avatar\"").attribute("src", author.getAvatarUrl()).raw(" alt=\"\" width=\"32\" height=\"32\">\n");
            }
            out.raw("<span class=\"outloud-block-author-name\">").text(author.getName()).raw("</span>\n")
                    .raw("<span class=\"outloud-block-author-department\">").text(author.getDepartment()).raw("</span>\n")
                    .raw("<time class=\"outloud-block-date\"").attribute("datetime", author.getIsoDate()).raw(">").text(author.getDate()).raw("</time>\n");
            if (!block.getAskLabel().isEmpty()) {
                out.raw("<button type=\"button\" class=\"aui-button aui-button-link outloud-ask-toggle\" aria-expanded=\"false\" aria-controls=\"outloud-ask-form-")
                        .text(id).raw("\">").text(block.getAskLabel()).raw("</button>\n");
            }
            out.raw("</div>\n");
        }
        out.raw("<div class=\"outloud-block-title\">\n<span class=\"aui-lozenge ").text(block.getStatusLozenge()).raw(" outloud-block-status\">")
                .text(block.getStatusLabel()).raw("</span>\n");
        if (!block.getWorkingOn().isEmpty()) {
            out.raw("<h3 class=\"outloud-block-working-on\"><span class=\"outloud-block-working-on-label\">").text(texts.get("outloud.wol.block.working-on"))
                    .raw("</span> ").text(block.getWorkingOn()).raw("</h3>\n");
        }
        out.raw("</div>\n</header>\n");
    }

    private void askForm() {
        out.raw("<form class=\"aui outloud-ask-form\" id=\"outloud-ask-form-").text(id).raw("\" data-page-id=\"").text(block.getPageId()).raw("\"")
                .attribute("data-macro-id", id).raw(" data-message=\"outloud-ask-message-").text(id).raw("\" hidden>\n")
                .raw("<label for=\"outloud-ask-").text(id).raw("\">").text(texts.get("outloud.wol.ask.topic-label")).raw("</label>\n")
                .raw("<input type=\"text\" class=\"text long-field outloud-ask-topic\" id=\"outloud-ask-").text(id).raw("\" maxlength=\"200\"")
                .attribute("placeholder", texts.get("outloud.wol.ask.topic-placeholder")).raw(">\n")
                .raw("<button type=\"submit\" class=\"aui-button aui-button-primary\">").text(texts.get("outloud.wol.ask.send")).raw("</button>\n")
                .raw("<p class=\"outloud-ask-note\">").text(texts.get("outloud.wol.ask.note")).raw("</p>\n</form>\n")
                .raw("<p class=\"outloud-ask-message\" id=\"outloud-ask-message-").text(id).raw("\" role=\"status\" aria-live=\"polite\"></p>\n");
    }

    /** A labelled line of the author's ("What I learned: ..."), left out when empty. */
    private void note(String classAndRole, String labelKey, String text) {
        if (!text.isEmpty()) {
            out.raw("<div class=\"").raw(classAndRole).raw("<strong>").text(texts.get(labelKey)).raw("</strong> ").text(text).raw("</div>\n");
        }
    }

    private void tags() {
        if (block.getCommunity().isEmpty() && block.getLabels().isEmpty()) {
            return;
        }
        out.raw("<ul class=\"outloud-block-tags\"").attribute("aria-label", texts.get("outloud.wol.block.labels")).raw(">\n");
        if (!block.getCommunity().isEmpty()) {
            out.raw("<li class=\"aui-label outloud-block-community\">").text(texts.get("outloud.wol.block.community")).raw(" ")
                    .text(block.getCommunity()).raw("</li>\n");
        }
        for (String label : block.getLabels()) {
            out.raw("<li class=\"aui-label\">").text(label).raw("</li>");
        }
        out.raw("\n</ul>\n");
    }

    /** Follow buttons, hidden until the page's script knows the reader's follows (see js/follow/follow.js). */
    private void follows() {
        if (block.getFollows().isEmpty()) {
            return;
        }
        out.raw("<div class=\"outloud-follow-group\" role=\"group\"").attribute("aria-label", texts.get("outloud.follow.group")).raw(">\n");
        for (FollowButton button : block.getFollows()) {
            out.raw("<button type=\"button\" class=\"aui-button aui-button-subtle outloud-follow\"").attribute("data-follow-kind", button.kind())
                    .attribute("data-follow-target", button.target()).raw(" aria-pressed=\"false\" hidden>").text(button.label()).raw("</button>\n");
        }
        out.raw("<span class=\"outloud-follow-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n");
    }

    private void reactions() {
        out.raw("<div class=\"outloud-block-reactions\" role=\"group\"").attribute("aria-label", texts.get("outloud.wol.reaction.group")).raw(">\n");
        for (ReactionView reaction : block.getReactions()) {
            out.raw("<button type=\"button\" class=\"aui-button outloud-reaction").raw(reaction.isMine() ? " outloud-reaction-mine" : "").raw("\"")
                    .attribute("data-kind", reaction.getCode()).raw(reaction.isMine() ? " aria-pressed=\"true\"" : " aria-pressed=\"false\"");
            if (!block.isSignedIn()) {
                out.raw(" disabled").attribute("title", texts.get("outloud.wol.reaction.sign-in"));
            }
            out.raw(">\n<span class=\"outloud-reaction-label\">").text(reaction.getLabel()).raw("</span>\n")
                    .raw("<span class=\"outloud-reaction-count\"").attribute("aria-label", texts.get("outloud.wol.reaction.count")).raw(">")
                    .text(reaction.getCount()).raw("</span>\n</button>\n");
        }
        out.raw("<span class=\"outloud-block-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n");
    }

    private void whoReacted() {
        out.raw("<div class=\"outloud-reactions-who\">\n")
                .raw("<button type=\"button\" class=\"aui-button aui-button-link outloud-reactions-who-toggle\" aria-expanded=\"false\"")
                .raw(" aria-controls=\"outloud-reactions-people-").text(id).raw("\">").text(texts.get("outloud.wol.reaction.people.show")).raw("</button>\n")
                .raw("<div class=\"outloud-reactions-people\" id=\"outloud-reactions-people-").text(id).raw("\" hidden>\n")
                .raw("<ul class=\"outloud-reactions-people-list\"").attribute("aria-label", texts.get("outloud.wol.reaction.people.heading")).raw("></ul>\n")
                .raw("<span class=\"outloud-reactions-people-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n</div>\n");
    }

    private void help(HelpView help) {
        out.raw("<div class=\"outloud-help\"").raw(help.isAuthor() ? " data-help-author=\"true\"" : "").raw(">\n")
                .raw("<p class=\"outloud-help-line\" role=\"status\" aria-live=\"polite\"><span class=\"outloud-help-helper\">").text(help.getHelperText())
                .raw("</span> <span class=\"outloud-help-count\">").text(help.getCountText()).raw("</span></p>\n");
        if (help.isAuthor()) {
            out.raw("<button type=\"button\" class=\"aui-button outloud-help-reopen\"").raw(help.isGettingHelp() ? "" : " hidden").raw(">")
                    .text(texts.get("outloud.wol.help.reopen")).raw("</button>\n")
                    // Thanks (its own feature) finds this button by its class and data; help.js keeps it in step with the acceptance.
                    .raw("<button type=\"button\" class=\"aui-button outloud-thank\" data-occasion=\"help\"").attribute("data-id", String.valueOf(help.getAcceptedOfferId()))
                    .raw(help.isGettingHelp() && help.getAcceptedOfferId() > 0 ? "" : " hidden").raw(">").text(texts.get("outloud.thanks.button")).raw("</button>\n")
                    .raw("<button type=\"button\" class=\"aui-button aui-button-link outloud-help-show\" aria-expanded=\"false\">").text(texts.get("outloud.wol.help.show"))
                    .raw("</button>\n<div class=\"outloud-help-panel\" hidden>\n")
                    .raw("<ul class=\"outloud-help-offers\"").attribute("aria-label", texts.get("outloud.wol.help.offers")).raw("></ul>\n")
                    .raw("<button type=\"button\" class=\"aui-button outloud-help-more\" hidden>").text(texts.get("outloud.wol.help.more")).raw("</button>\n</div>\n");
        }
        if (help.isOfferable()) {
            out.raw("<button type=\"button\" class=\"aui-button outloud-help-toggle\" aria-expanded=\"false\"").raw(help.isMayOffer() ? "" : " hidden").raw(">")
                    .text(texts.get("outloud.wol.help.offer")).raw("</button>\n<form class=\"aui outloud-help-form\" hidden>\n")
                    .raw("<label for=\"outloud-help-").text(id).raw("\">").text(texts.get("outloud.wol.help.message-label")).raw("</label>\n")
                    .raw("<textarea class=\"textarea outloud-help-text\" id=\"outloud-help-").text(id).raw("\" rows=\"2\" maxlength=\"500\"></textarea>\n")
                    .raw("<button type=\"submit\" class=\"aui-button aui-button-primary\">").text(texts.get("outloud.wol.help.send")).raw("</button>\n</form>\n")
                    .raw("<p class=\"outloud-help-mine\"").raw(help.isOffered() && !help.isHelping() ? "" : " hidden").raw(">\n<span>").text(texts.get("outloud.wol.help.offered"))
                    .raw("</span>\n<button type=\"button\" class=\"aui-button aui-button-link outloud-help-withdraw\">").text(texts.get("outloud.wol.help.withdraw"))
                    .raw("</button>\n</p>\n");
        }
        out.raw("<span class=\"outloud-help-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n");
    }

    private void seen() {
        out.raw("<div class=\"outloud-seen\"").raw(block.isSeenRecordable() ? " data-seen-record=\"true\"" : "").raw(">\n")
                .raw("<span class=\"outloud-seen-line\" role=\"status\" aria-live=\"polite\">").text(block.getSeenText()).raw("</span>\n");
        if (block.isSeenAuthor()) {
            out.raw("<button type=\"button\" class=\"aui-button aui-button-link outloud-seen-who\" aria-expanded=\"false\">").text(texts.get("outloud.wol.seen.who"))
                    .raw("</button>\n<div class=\"outloud-seen-panel\" hidden>\n")
                    .raw("<ul class=\"outloud-seen-names\"").attribute("aria-label", texts.get("outloud.wol.seen.names")).raw("></ul>\n")
                    .raw("<span class=\"outloud-seen-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n");
        }
        out.raw("</div>\n");
    }

    private void replies() {
        out.raw("<div class=\"outloud-replies\" data-reply-count=\"").text(block.getReplyCount()).raw("\">\n")
                .raw("<button type=\"button\" class=\"aui-button aui-button-link outloud-replies-toggle\" aria-expanded=\"false\">").text(texts.get("outloud.wol.reply.show"))
                .raw(" (<span class=\"outloud-replies-count\">").text(block.getReplyCount()).raw("</span>)</button>\n")
                .raw("<div class=\"outloud-replies-panel\" hidden>\n")
                .raw("<ol class=\"outloud-replies-list\"").attribute("aria-label", texts.get("outloud.wol.reply.heading")).raw("></ol>\n")
                .raw("<button type=\"button\" class=\"aui-button outloud-replies-more\" hidden>").text(texts.get("outloud.wol.reply.more")).raw("</button>\n");
        if (block.isSignedIn()) {
            out.raw("<form class=\"aui outloud-reply-form\">\n<label for=\"outloud-reply-").text(id).raw("\">").text(texts.get("outloud.wol.reply.label")).raw("</label>\n")
                    .raw("<textarea class=\"textarea outloud-reply-text\" id=\"outloud-reply-").text(id).raw("\" rows=\"2\" maxlength=\"2000\"></textarea>\n")
                    .raw("<button type=\"submit\" class=\"aui-button aui-button-primary\">").text(texts.get("outloud.wol.reply.submit")).raw("</button>\n</form>\n");
        }
        if (!block.getNoticesUrl().isEmpty()) {
            out.raw("<p class=\"outloud-replies-notices\"><a class=\"outloud-notices-link\"").attribute("href", block.getNoticesUrl()).raw(">")
                    .text(texts.get("outloud.notify.link")).raw("<span class=\"aui-badge outloud-notices-link-count\" hidden></span></a></p>\n");
        }
        out.raw("<span class=\"outloud-replies-message\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n</div>\n");
    }
}
