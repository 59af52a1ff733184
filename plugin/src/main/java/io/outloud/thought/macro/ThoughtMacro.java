package io.outloud.thought.macro;

import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.MacroContexts;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.people.PersonLabels;
import io.outloud.content.MacroIdentity;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.Credit;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.PageThoughts;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtCards;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtParameters;
import io.outloud.thought.ThoughtService;
import io.outloud.thought.ThoughtStage;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The half-finished thought ({@code half-finished-thought}): a part of a page that says openly "this is not done,
 * help me think", with the question its author asks, the feedback form and, loaded by its script, the feedback
 * the reader may see. A ripe thought renders as ordinary content with a small credit. The thoughts, feedback and
 * people of a page are loaded once per rendering, so the statements per page do not grow with the thoughts.
 */
public class ThoughtMacro implements Macro {
    static final String WEB_RESOURCE = "io.outloud.confluence:thought";
    static final String TEMPLATE = "templates/thought/thought.html.vm";
    private static final String PAGE_THOUGHTS = "io.outloud.thought.pageThoughts";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ThoughtCards cards;
    private final ThoughtService thoughts;
    private final SiteLinks links;
    private final PersonLabels labels;

    private final MacroOff macroOff;

    public ThoughtMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, ThoughtCards cards,
                        ThoughtService thoughts, ApplicationProperties applicationProperties, MacroOff macroOff) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.cards = cards;
        this.thoughts = thoughts;
        this.links = new SiteLinks(applicationProperties);
        this.labels = new PersonLabels(i18n::getText);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.THOUGHT, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        ThoughtParameters params = ThoughtParameters.read(parameters == null ? Map.of() : parameters);
        // A bad parameter is named on the thought, whose body still shows (nothing the author wrote disappears); it takes
        // no feedback on the page until the parameter is fixed.
        List<String> errors = params.problems().stream()
                .map(problem -> i18n.getText(problem.key(), problem.arguments().toArray(new Serializable[0]))).toList();
        Optional<String> macroId = MacroContexts.macroId(context);
        ContentEntityObject entity = context.getEntity();
        long pageId = entity == null ? 0 : entity.getId();
        // The latest version of a page only: page events keep thoughts in step with pages (blog posts have events of their
        // own), and an old version, with an id of its own, must not get thoughts of its own.
        boolean onPage = macroId.isPresent() && pageId > 0 && entity instanceof Page page && page.isLatestVersion();

        ThoughtView view = new ThoughtView();
        view.macroId = macroId.orElse("");
        view.pageId = pageId;
        view.errors = errors;
        view.question = errors.isEmpty() ? params.question() : "";
        view.bodyHtml = body == null ? "" : body;
        view.ripenBy = params.ripenBy() == null ? "" : i18n.getText("outloud.thought.ripen-by", params.ripenBy().toString());
        view.signedIn = !thoughts.viewerKey().isEmpty();
        ThoughtStage stage = params.stage();
        if (onPage) {
            PageThoughts page = MacroContexts.oncePerPage(context, PAGE_THOUGHTS, PageThoughts.class, pageId, cards::load);
            AbstractPage abstractPage = (AbstractPage) entity;
            String fallbackAuthor = MacroContexts.fallbackAuthorKey(abstractPage);
            Thought thought = fallbackAuthor == null ? page.thought(macroId.get())
                    : cards.thought(page, new MacroIdentity(macroId.get(), pageId, abstractPage.getSpaceKey()), params, fallbackAuthor);
            if (thought != null) {
                stage = thought.stage();
                view.author = labels.author(page.person(thought.authorKey()), thought.createdAt());
                fill(view, page, thought, params, stage, errors.isEmpty() && "display".equals(context.getOutputType()));
            }
        }
        view.stageCode = stage.code();
        view.stageLabel = i18n.getText("outloud.thought.stage." + stage.code());
        view.ripe = stage == ThoughtStage.RIPE;
        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "thought", view);
    }

    private void fill(ThoughtView view, PageThoughts page, Thought thought, ThoughtParameters params, ThoughtStage stage, boolean interactive) {
        view.feedbackCount = page.feedback(thought.macroId()).size();
        if (stage == ThoughtStage.RIPE) {
            Credit credit = page.credit(thought.macroId());
            view.creditText = i18n.getText("outloud.thought.credit", credit.contributions(), credit.people(), credit.departments());
        }
        view.visibilityText = i18n.getText(params.visibleToAll() ? "outloud.thought.visible.everyone" : "outloud.thought.visible.author");
        view.interactive = interactive;
        if (!interactive) {
            return;
        }
        ThoughtService.Rights rights = thoughts.rights(thought, params, page.reader(), page.site());
        view.mayGive = rights.mayGive();
        view.mayGiveUnnamed = rights.mayGiveUnnamed();
        view.refusalText = rights.refusalKey().map(key -> i18n.getText(key, params.community())).orElse("");
        if (rights.refusalKey().filter(key -> key.endsWith(".community")).isPresent()) {
            view.joinCommunity = params.community();
            view.joinLabel = i18n.getText("outloud.community.join", params.community());
        }
        if (rights.mayMoveStage() || rights.mayMoveOnBehalf()) {
            stageControls(view, page, thought, stage, rights.mayMoveOnBehalf());
        }
        view.kinds = Arrays.stream(FeedbackKind.values())
                .map(kind -> new KindView(kind.code(), i18n.getText("outloud.thought.kind." + kind.code()))).toList();
        if (view.signedIn && thoughts.viewerKey().equals(thought.authorKey())) {
            view.mineUrl = links.href(ThoughtLinks.MINE_PATH);
        }
        if (view.signedIn) {
            view.noticesUrl = links.href(io.outloud.notify.NoticeLinks.LIST_PATH);
        }
    }

    /**
     * The moves on and back. Ripening asks for confirmation (it is not easily taken back); someone moving a thought
     * that is not theirs does it behind an "on the author's behalf" step and confirms every move, naming the author.
     */
    private void stageControls(ThoughtView view, PageThoughts page, Thought thought, ThoughtStage stage, boolean onBehalf) {
        String authorName = labels.name(page.person(thought.authorKey()));
        if (stage != ThoughtStage.RIPE) {
            view.moveTo = stage.next().code();
            view.moveLabel = i18n.getText("outloud.thought.stage.move." + stage.next().code());
            view.moveConfirm = confirmation(stage.next(), onBehalf, authorName);
        }
        if (stage != ThoughtStage.SEED) {
            ThoughtStage back = ThoughtStage.values()[stage.ordinal() - 1];
            view.backTo = back.code();
            view.backLabel = i18n.getText("outloud.thought.stage.back." + back.code());
            view.backConfirm = confirmation(back, onBehalf, authorName);
        }
        view.onBehalf = onBehalf;
        if (onBehalf) {
            view.behalfLabel = i18n.getText("outloud.thought.stage.behalf.toggle", authorName);
            view.behalfNote = i18n.getText("outloud.thought.stage.behalf.note", authorName);
        }
    }

    private String confirmation(ThoughtStage target, boolean onBehalf, String authorName) {
        String behalf = onBehalf ? i18n.getText("outloud.thought.stage.confirm.behalf", authorName,
                i18n.getText("outloud.thought.stage." + target.code())) : "";
        String ripe = target == ThoughtStage.RIPE ? i18n.getText("outloud.thought.stage.confirm.ripe") : "";
        return (behalf + " " + ripe).trim();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
