package io.outloud.wol.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.Texts;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.Reaction;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionService;
import io.outloud.wol.ReactionSummary;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working-out-loud block ({@code working-out-loud}): a card with status, what the author is working on,
 * the narration, and reactions. The reactions of all blocks of a page are loaded once per rendering and kept
 * in the conversion context, so the statements per page do not grow with the number of blocks.
 */
public class BlockMacro implements Macro {
    static final String NAME = "working-out-loud";
    static final String WEB_RESOURCE = "io.outloud.confluence:wol-block";
    static final String TEMPLATE = "templates/wol/block.html.vm";
    private static final String PAGE_REACTIONS = "io.outloud.wol.pageReactions";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final ReactionService reactions;
    private final I18nResolver i18n;

    public BlockMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, ReactionService reactions, I18nResolver i18n) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.reactions = reactions;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        BlockParameters params = BlockParameters.parse(parameters)
                .orElseThrow(() -> new MacroExecutionException(i18n.getText("outloud.wol.block.error.status",
                        String.join(", ", statusCodes()))));
        Optional<String> macroId = macroId(context);
        ContentEntityObject entity = context.getEntity();
        long pageId = entity == null ? 0 : entity.getId();
        boolean interactive = macroId.isPresent() && pageId > 0 && "display".equals(context.getOutputType());

        List<ReactionView> reactionViews = interactive ? reactionViews(context, pageId, macroId.get()) : List.of();
        BlockView view = new BlockView(macroId.orElse(""), pageId, params.status().code(),
                i18n.getText("outloud.wol.status." + params.status().code()), lozenge(params.status()), params.workingOn(),
                body == null ? "" : body, reactionViews, interactive, !reactions.viewerKey().isEmpty());

        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("block", view);
        model.put("texts", new Texts(i18n));
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, model, out);
        } catch (IOException e) {
            throw new MacroExecutionException(e);
        }
        return out.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    private List<ReactionView> reactionViews(ConversionContext context, long pageId, String macroId) {
        ReactionSummary summary = ReactionSummary.of(macroId, pageReactions(context, pageId), reactions.viewerKey());
        List<ReactionView> views = new ArrayList<>();
        for (ReactionKind kind : ReactionKind.values()) {
            views.add(new ReactionView(kind.code(), i18n.getText("outloud.wol.reaction." + kind.code()), summary.count(kind), summary.isMine(kind)));
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private List<Reaction> pageReactions(ConversionContext context, long pageId) {
        Object cached = context.getProperty(PAGE_REACTIONS);
        if (cached instanceof List<?> list) {
            return (List<Reaction>) list;
        }
        List<Reaction> loaded = reactions.forRenderedPage(pageId);
        context.setProperty(PAGE_REACTIONS, loaded);
        return loaded;
    }

    private static Optional<String> macroId(ConversionContext context) {
        Object definition = context.getProperty("macroDefinition");
        if (definition instanceof MacroDefinition macroDefinition) {
            return macroDefinition.getMacroIdentifier().map(MacroId::getId);
        }
        return Optional.empty();
    }

    private static String lozenge(BlockStatus status) {
        return switch (status) {
            case EXPLORING -> "aui-lozenge-complete";
            case IN_PROGRESS -> "aui-lozenge-current";
            case STUCK -> "aui-lozenge-error";
            case DONE -> "aui-lozenge-success";
        };
    }

    private static List<String> statusCodes() {
        List<String> codes = new ArrayList<>();
        for (BlockStatus status : BlockStatus.values()) {
            codes.add(status.code());
        }
        return codes;
    }
}
