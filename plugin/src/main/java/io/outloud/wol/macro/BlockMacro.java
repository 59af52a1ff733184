package io.outloud.wol.macro;

import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import io.outloud.content.MacroIdentity;
import io.outloud.people.AuthorView;
import io.outloud.people.PersonDirectory;
import io.outloud.people.Person;
import io.outloud.people.PersonLabels;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.MacroContexts;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.common.macro.Texts;
import io.outloud.wol.Block;
import io.outloud.wol.BlockCards;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.HelpService;
import io.outloud.wol.PageBlocks;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionService;
import io.outloud.wol.ReactionSummary;
import io.outloud.wol.SeenSummary;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StorageBlocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working-out-loud block ({@code working-out-loud}): a card with its author (avatar, name, department, date),
 * status, what the author is working on, what they learned, the help they want, the narration, and reactions.
 * The blocks, reactions and authors of a page are loaded once per rendering and kept in the conversion context,
 * so the statements per page do not grow with the number of blocks; the card is written by {@link BlockCard}.
 */
public class BlockMacro implements Macro {
    static final String NAME = "working-out-loud";
    static final String WEB_RESOURCE = "io.outloud.confluence:wol-block";
    private static final String PAGE_BLOCKS = "io.outloud.wol.pageBlocks";

    private final PageBuilderService pageBuilder;
    private final ReactionService reactions;
    private final I18nResolver i18n;
    private final BlockCards cards;
    private final ShareRequestService shareRequests;
    private final PersonLabels labels;
    private final io.outloud.common.web.SiteLinks links;

    private final MacroOff macroOff;
    private final PersonDirectory people;

    public BlockMacro(PageBuilderService pageBuilder, ReactionService reactions, I18nResolver i18n,
                      BlockCards cards, ShareRequestService shareRequests, com.atlassian.sal.api.ApplicationProperties application, MacroOff macroOff,
                      PersonDirectory people) {
        this.macroOff = macroOff;
        this.people = people;
        this.links = new io.outloud.common.web.SiteLinks(application);
        this.pageBuilder = pageBuilder;
        this.reactions = reactions;
        this.i18n = i18n;
        this.cards = cards;
        this.shareRequests = shareRequests;
        this.labels = new PersonLabels(i18n::getText);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.BLOCK, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        BlockParameters params = BlockParameters.parse(parameters)
                .orElseThrow(() -> new MacroExecutionException(i18n.getText("outloud.wol.block.error.status",
                        String.join(", ", statusCodes()))));
        Texts texts = MacroContexts.texts(context, i18n);
        Optional<String> macroId = MacroContexts.macroId(context);
        ContentEntityObject entity = context.getEntity();
        long pageId = entity == null ? 0 : entity.getId();
        // An old version of a page has an id of its own: it must not get blocks of its own.
        boolean onPage = macroId.isPresent() && pageId > 0 && entity instanceof AbstractPage page && page.isLatestVersion();
        boolean interactive = onPage && "display".equals(context.getOutputType());

        AuthorView author = null;
        List<ReactionView> reactionViews = List.of();
        int replyCount = 0;
        String seenText = "";
        boolean seenAuthor = false;
        boolean seenRecordable = false;
        HelpView help = null;
        String askLabel = "";
        boolean whoReacted = false;
        String answerText = "";
        List<FollowButton> follows = List.of();
        String statusCode = params.status().code();
        if (onPage) {
            PageBlocks page = MacroContexts.oncePerPage(context, PAGE_BLOCKS, PageBlocks.class, pageId, cards::load);
            AbstractPage abstractPage = (AbstractPage) entity;
            String fallbackAuthor = MacroContexts.fallbackAuthorKey(abstractPage);
            Block block = fallbackAuthor == null ? page.block(macroId.get())
                    : cards.block(page, new MacroIdentity(macroId.get(), pageId, abstractPage.getSpaceKey()), params.status(), fallbackAuthor);
            if (block != null) {
                statusCode = Block.shownStatusCode(params.status(), block.gettingHelp());
                author = labels.author(page.person(block.authorKey()), block.createdAt());
                // Only a block that names a request can answer one (the page save recorded it): other pages read no requests.
                boolean namesARequest = StorageBlocks.requestNumber(parameters.get("answers")).isPresent();
                answerText = namesARequest ? page.answer(block).map(r -> answerText(page, r)).orElse("") : "";
            }
            if (interactive) {
                boolean helpWanted = params.status() == BlockStatus.STUCK || !params.helpWanted().isEmpty();
                reactionViews = reactionViews(page, macroId.get(), texts, helpWanted);
                replyCount = page.replyCount(macroId.get());
                SeenSummary seen = page.seen(macroId.get());
                seenText = i18n.getText(seen.textKey(), seen.textArguments());
                seenAuthor = block != null && block.authorKey().equals(reactions.viewerKey());
                seenRecordable = block != null && !seenAuthor && !reactions.viewerKey().isEmpty();
                whoReacted = block != null && page.reactorNamesShown(block, reactions.viewerKey());
                if (block != null && helpWanted) {
                    help = helpView(page, page.help(block, true, reactions.viewerKey()));
                }
                if (!reactions.viewerKey().isEmpty()) {
                    follows = follows(block, block == null || seenAuthor ? null : page.person(block.authorKey()), params);
                }
                if (block != null && shareRequests.mayAsk(block.authorKey())) {
                    askLabel = i18n.getText("outloud.wol.ask.toggle", labels.name(page.person(block.authorKey())));
                }
            }
        }
        BlockView view = new BlockView(macroId.orElse(""), pageId, statusCode,
                texts.get("outloud.wol.status." + statusCode), StatusLozenge.of(statusCode), params.workingOn(),
                body == null ? "" : body, reactionViews, interactive, !reactions.viewerKey().isEmpty(), author,
                params.learned(), params.helpWanted(), params.community(), params.labels()).withReplyCount(replyCount)
                .withSeen(seenText, seenRecordable, seenAuthor).withHelp(help).withAsk(askLabel, answerText).withWhoReacted(whoReacted)
                .withFollows(follows)
                .withNoticesUrl(reactions.viewerKey().isEmpty() ? "" : links.href(io.outloud.notify.NoticeLinks.LIST_PATH));

        MacroTemplates.require(pageBuilder, WEB_RESOURCE);
        return BlockCard.html(view, texts);
    }

    /** The author (unless it is the reader, or unknown), the block's community and its labels. */
    private List<FollowButton> follows(Block block, Person author, BlockParameters params) {
        List<FollowButton> buttons = new ArrayList<>();
        if (block != null && author != null && author.isKnown()) {
            people.usernameOf(author.userKey()).ifPresent(username ->
                    buttons.add(new FollowButton("person", username, i18n.getText("outloud.follow.person", labels.name(author)))));
        }
        if (!params.community().isEmpty()) {
            buttons.add(new FollowButton("community", params.community(), i18n.getText("outloud.follow.community", params.community())));
        }
        for (String label : params.labels()) {
            buttons.add(new FollowButton("label", label, i18n.getText("outloud.follow.label", label)));
        }
        return buttons;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /** The reactions; a block that asks for help has one "I can help", its offer of help, not also the reaction. */
    private List<ReactionView> reactionViews(PageBlocks page, String macroId, Texts texts, boolean helpWanted) {
        ReactionSummary summary = ReactionSummary.of(macroId, page.reactions(), reactions.viewerKey());
        List<ReactionView> views = new ArrayList<>();
        for (ReactionKind kind : ReactionKind.shownOn(helpWanted)) {
            views.add(new ReactionView(kind.code(), texts.get(kind.textKey()), summary.count(kind), summary.isMine(kind)));
        }
        return views;
    }

    private HelpView helpView(PageBlocks page, HelpService.Board board) {
        String helper = board.helperKey().map(key -> i18n.getText(key, labels.name(page.person(board.helper().get().helperKey())))).orElse("");
        String count = board.countKey().map(key -> i18n.getText(key, board.openOffers())).orElse("");
        boolean signedIn = !reactions.viewerKey().isEmpty();
        return new HelpView(helper, count, board, !board.author() && signedIn, board.mayOffer(signedIn));
    }

    /** Who asked and what, for the two of them; for everyone else only that a colleague asked (the request is theirs). */
    private String answerText(PageBlocks page, ShareRequest request) {
        String reader = reactions.viewerKey();
        if (reader.equals(request.askerKey()) || reader.equals(request.askeeKey())) {
            return i18n.getText("outloud.wol.ask.answers", labels.name(page.person(request.askerKey())), request.topic());
        }
        return i18n.getText("outloud.wol.ask.answers-anyone");
    }

    static String lozenge(BlockStatus status) {
        return StatusLozenge.of(status.code());
    }

    private static List<String> statusCodes() {
        List<String> codes = new ArrayList<>();
        for (BlockStatus status : BlockStatus.values()) {
            codes.add(status.code());
        }
        return codes;
    }
}
