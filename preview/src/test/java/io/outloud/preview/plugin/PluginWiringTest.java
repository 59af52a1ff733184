package io.outloud.preview.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.aojdbc.testing.TestDatabases;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.velocity.MethodAllowlist;
import io.outloud.preview.velocity.PreviewTemplateRenderer;
import io.outloud.wol.ReactionService;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin is wired from its own descriptor and Spring context, so wiring mistakes fail here, not in Confluence. */
class PluginWiringTest {
    private static final String STREAM_TEMPLATE = "templates/wol/stream.html.vm";
    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.load(loader);

    @Test
    void aHostServiceTheSpringContextImportsButTheHostDoesNotExport_failsTheStartNamingIt() {
        HostServices incomplete = new HostServices()
                .export(I18nResolver.class, new PreviewI18nResolver(loader, descriptor.i18nLocations()));
        Exception failure = assertThrows(Exception.class, () -> PluginContainer.start(loader, incomplete));
        assertTrue(messages(failure).contains("com.atlassian.activeobjects.external.ActiveObjects"), messages(failure));
    }

    @Test
    void theDescriptorNamesTheModulesThePreviewHosts() {
        assertTrue(descriptor.macros().stream().anyMatch(m -> m.name().equals("working-out-loud")));
        assertTrue(descriptor.restModules().stream().anyMatch(r -> r.path().equals("/outloud") && r.version().equals("1.0")));
        assertTrue(descriptor.webResources().stream().anyMatch(w -> w.key().equals("wol-block")));
        assertTrue(descriptor.jsI18nWebResources().contains("wol-block"));
    }

    @Test
    void theStreamTemplate_rendersWithThePluginsAllowlist_andFailsWhenAnEntryIsMissing() throws Exception {
        MethodAllowlist allowlist = MethodAllowlist.fromDescriptor(descriptor.document());
        StringWriter out = new StringWriter();
        new PreviewTemplateRenderer(loader, allowlist).render(STREAM_TEMPLATE, streamModel(), out);
        assertTrue(out.toString().contains("data-outloud-macro=\"working-out-loud-stream\""), out.toString());
        assertTrue(out.toString().contains("data-space=\"&lt;b&gt;escaped&lt;/b&gt;\""), "auto-escaped: " + out);

        Set<String> withoutOne = allowlist.entries().stream()
                .filter(e -> !e.equals("io.outloud.wol.macro.StreamView#getSpace()")).collect(Collectors.toSet());
        RenderingException refused = assertThrows(RenderingException.class, () -> new PreviewTemplateRenderer(loader,
                MethodAllowlist.of(withoutOne)).render(STREAM_TEMPLATE, streamModel(), new StringWriter()));
        assertTrue(messages(refused).contains("getSpace"), messages(refused));
    }

    /** A real StreamView, made through the macro's package-private constructor by reflection, as the macro would. */
    private Map<String, Object> streamModel() throws Exception {
        var constructor = java.util.Arrays.stream(Class.forName("io.outloud.wol.macro.StreamView").getDeclaredConstructors())
                .filter(c -> c.getParameterCount() == 10).findFirst().orElseThrow(); // the array's order is unspecified
        constructor.setAccessible(true);
        Object view = constructor.newInstance(List.of(), "", "<b>escaped</b>", "", "", "", "", "", 10, "");
        I18nResolver i18n = new PreviewI18nResolver(loader, descriptor.i18nLocations());
        Map<String, Object> model = new HashMap<>();
        model.put("stream", view);
        model.put("texts", new io.outloud.common.macro.Texts(i18n));
        return model;
    }

    @Test
    void theSpringContextStartsWithTheHostServicesAndWiresTheUseCases() throws Exception {
        try (TestDatabase db = TestDatabases.open(DatabaseKind.H2)) {
            var ao = db.activeObjects(descriptor.key());
            var events = new io.outloud.preview.host.PreviewEventPublisher();
            RecordingScheduler scheduler = new RecordingScheduler();
            var caches = io.outloud.preview.host.PreviewCacheManager.joining("jdbc:wiring-test");
            HostServices services = new HostServices()
                    .export(ActiveObjects.class, ao)
                    .export(I18nResolver.class, new PreviewI18nResolver(loader, descriptor.i18nLocations()))
                    .export(com.atlassian.sal.api.user.UserManager.class, new io.outloud.preview.host.PreviewUserManager(null))
                    .export(com.atlassian.confluence.pages.PageManager.class, id -> null)
                    .export(com.atlassian.confluence.security.PermissionManager.class, (user, permission, target) -> false)
                    .export(com.atlassian.templaterenderer.TemplateRenderer.class, new PreviewTemplateRenderer(loader, MethodAllowlist.empty()))
                    .export(com.atlassian.webresource.api.assembler.PageBuilderService.class, new io.outloud.preview.host.PreviewPageBuilderService())
                    .export(com.atlassian.confluence.user.UserAccessor.class, new com.atlassian.confluence.user.UserAccessor() {
                        @Override
                        public com.atlassian.confluence.user.ConfluenceUser getUserByKey(com.atlassian.sal.api.user.UserKey key) {
                            return null;
                        }

                        @Override
                        public java.util.List<String> getGroupNames(com.atlassian.user.User user) {
                            return java.util.List.of();
                        }

                        @Override
                        public com.atlassian.confluence.user.ConfluenceUser getExistingUserByKey(com.atlassian.sal.api.user.UserKey key) {
                            return getUserByKey(key);
                        }

                        @Override
                        public boolean isDeactivated(com.atlassian.user.User user) {
                            return false;
                        }
                    })
                    .export(com.atlassian.confluence.user.UserDetailsManager.class, (user, key) -> null)
                    .export(com.atlassian.confluence.spaces.SpaceManager.class, key -> null)
                    .export(com.atlassian.event.api.EventPublisher.class, events)
                    .export(com.atlassian.core.task.MultiQueueTaskManager.class, (queue, task) -> {
                    })
                    .export(com.atlassian.sal.api.message.LocaleResolver.class, key -> java.util.Locale.ENGLISH)
                    .export(com.atlassian.sal.api.ApplicationProperties.class, mode -> "http://localhost")
                    .export(com.atlassian.sal.api.websudo.WebSudoManager.class, new io.outloud.preview.host.PreviewWebSudo())
                    .export(com.atlassian.scheduler.SchedulerService.class, scheduler)
                    .export(com.atlassian.cache.CacheManager.class, caches);
            try (PluginContainer container = PluginContainer.start(loader, services)) {
                // The departments and label backfill jobs (hourly), the asks' fan-out (every minute), the pairing and
                // owed-notices jobs (every ten minutes), the personal data sweep and the retention job (daily) registered their runners and
                // scheduled themselves once per cluster.
                assertEquals(java.util.List.of("register io.outloud.community.departments",
                        "schedule io.outloud.community.departments RUN_ONCE_PER_CLUSTER 3600000", "register io.outloud.community.ask-fan-out",
                        "schedule io.outloud.community.ask-fan-out RUN_ONCE_PER_CLUSTER 60000", "register io.outloud.community.pairing-rounds",
                        "schedule io.outloud.community.pairing-rounds RUN_ONCE_PER_CLUSTER 600000", "register io.outloud.thought.owed-notices",
                        "schedule io.outloud.thought.owed-notices RUN_ONCE_PER_CLUSTER 600000", "register io.outloud.wol.label-backfill",
                        "schedule io.outloud.wol.label-backfill RUN_ONCE_PER_CLUSTER 3600000", "register io.outloud.privacy.sweep",
                        "schedule io.outloud.privacy.sweep RUN_ONCE_PER_CLUSTER 86400000", "register io.outloud.privacy.retention",
                        "schedule io.outloud.privacy.retention RUN_ONCE_PER_CLUSTER 86400000",
                        "register io.outloud.insight.flow-rollup", "schedule io.outloud.insight.flow-rollup RUN_ONCE_PER_CLUSTER 3600000",
                        // the rhythm's digests and Friday nudge (every 15 minutes)
                        "register io.outloud.rhythm.digests", "schedule io.outloud.rhythm.digests RUN_ONCE_PER_CLUSTER 900000"), scheduler.calls);
                assertNotNull(container.createModule(Class.forName("io.outloud.insight.rest.InsightResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.insight.web.InsightServlet")));
                assertNotNull(container.createModule(Class.forName("io.outloud.rhythm.rest.RhythmPreferencesResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.thought.macro.ThoughtMacro")));
                assertNotNull(container.createModule(Class.forName("io.outloud.thought.rest.ThoughtResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.thought.rest.FeedbackGiverResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.thought.web.OpenThoughtsServlet")));
                assertNotNull(container.createModule(Class.forName("io.outloud.people.rest.ProfileResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.settings.web.PreferencesServlet")));
                assertNotNull(container.createModule(Class.forName("io.outloud.privacy.web.PersonDataAdminServlet")));
                assertNotNull(container.createModule(Class.forName("io.outloud.privacy.rest.MyDataResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.privacy.rest.PersonDataAdminResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.settings.rest.RetentionResource")));
                assertNotNull(container.bean(ReactionService.class));
                assertNotNull(container.createModule(Class.forName("io.outloud.community.pairing.rest.PairingResource")));
                assertNotNull(container.bean(io.outloud.community.pairing.macro.PairingViews.class));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.macro.BlockMacro")));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.rest.ReactionResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.rest.HelpResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.rest.ShareRequestResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.rest.WhoReactedResource")));
                assertNotNull(container.createModule(Class.forName("io.outloud.wol.macro.ShareRequestsMacro")));
                assertNotNull(container.createModule(Class.forName("io.outloud.settings.web.SiteSettingsServlet")));
                // The page listener registered itself with the host's event publisher when the context started.
                migrateEveryEntityOfTheDescriptor(ao);
                var blocks = container.bean(io.outloud.wol.BlockStore.class);
                blocks.create(new io.outloud.content.MacroIdentity("m-1", 7L, "TEAM"), "u", io.outloud.wol.BlockStatus.DONE, java.time.Instant.now());
                blocks.create(new io.outloud.content.MacroIdentity("m-2", 8L, "TEAM"), "u", io.outloud.wol.BlockStatus.DONE, java.time.Instant.now());
                events.publish(new com.atlassian.confluence.event.events.content.page.PageRemoveEvent(this, page(7L)));
                assertTrue(blocks.findByPage(7L).isEmpty(), "a purged page's blocks are deleted");
                container.close();
                events.publish(new com.atlassian.confluence.event.events.content.page.PageRemoveEvent(this, page(8L)));
                assertTrue(!blocks.findByPage(8L).isEmpty(), "a stopped plugin no longer listens");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void migrateEveryEntityOfTheDescriptor(io.outloud.aojdbc.JdbcActiveObjects ao) throws ClassNotFoundException {
        List<String> names = descriptor.aoEntities();
        Class<? extends net.java.ao.RawEntity<?>>[] entities = new Class[names.size()];
        for (int i = 0; i < names.size(); i++) {
            entities[i] = (Class<? extends net.java.ao.RawEntity<?>>) Class.forName(names.get(i));
        }
        ao.migrate(entities);
    }

    private static com.atlassian.confluence.pages.Page page(long id) {
        var page = new com.atlassian.confluence.pages.Page();
        page.setId(id);
        return page;
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    /** A scheduler that only records what the plugin asks of it. */
    private static final class RecordingScheduler implements com.atlassian.scheduler.SchedulerService {
        final java.util.List<String> calls = new java.util.ArrayList<>();

        @Override
        public void registerJobRunner(com.atlassian.scheduler.config.JobRunnerKey key, com.atlassian.scheduler.JobRunner runner) {
            calls.add("register " + key);
        }

        @Override
        public void unregisterJobRunner(com.atlassian.scheduler.config.JobRunnerKey key) {
            calls.add("unregister " + key);
        }

        @Override
        public void scheduleJob(com.atlassian.scheduler.config.JobId id, com.atlassian.scheduler.config.JobConfig config) {
            calls.add("schedule " + id + " " + config.getRunMode() + " " + config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        }
    }
}
