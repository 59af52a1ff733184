package io.outloud.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import io.outloud.preview.host.PreviewApplicationProperties;
import io.outloud.preview.host.PreviewCacheManager;
import io.outloud.preview.host.PreviewEventPublisher;
import io.outloud.preview.host.PreviewLocaleResolver;
import io.outloud.preview.host.PreviewWebSudo;
import io.outloud.preview.web.AuthenticateServlet;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import io.outloud.preview.host.PreviewUserDetails;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.preview.db.Database;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewSchedulerService;
import io.outloud.preview.demo.DemoCommunities;
import io.outloud.preview.demo.DemoThoughts;
import io.outloud.community.ao.AoCommunityAskStore;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.people.ao.AoPersonProfiles;
import io.outloud.settings.SettingsStore;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.thought.ao.AoThoughtStore;
import io.outloud.preview.host.HostSchema;
import io.outloud.preview.host.Jdbc;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.host.PreviewPageBuilderService;
import io.outloud.preview.host.PreviewPageManager;
import io.outloud.preview.host.PreviewPermissionManager;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.PreviewUserManager;
import io.outloud.preview.host.SpaceDirectory;
import io.outloud.preview.host.UserDirectory;
import io.outloud.preview.plugin.HostServices;
import io.outloud.preview.host.PreviewMailQueue;
import io.outloud.preview.web.AdminConsoleServlet;
import io.outloud.preview.web.OutboxServlet;
import io.outloud.wol.ao.AoHelpStore;
import io.outloud.wol.ao.AoShareRequestStore;
import com.atlassian.core.task.MultiQueueTaskManager;
import io.outloud.preview.plugin.PluginContainer;
import io.outloud.preview.plugin.PluginDescriptor;
import io.outloud.preview.plugin.WebResources;
import io.outloud.preview.rest.AccessPolicy;
import io.outloud.preview.rest.RestModules;
import io.outloud.preview.velocity.MethodAllowlist;
import io.outloud.preview.velocity.PreviewTemplateRenderer;
import io.outloud.preview.web.AvatarServlet;
import io.outloud.preview.web.HomeServlet;
import io.outloud.preview.web.PluginServletHost;
import io.outloud.preview.web.SpaceServlet;
import io.outloud.preview.web.Layout;
import io.outloud.preview.web.PackagedFilesServlet;
import io.outloud.preview.web.PageServlet;
import io.outloud.preview.web.RequestFilter;
import io.outloud.preview.web.ResourceServlet;
import io.outloud.preview.web.SwitchUserServlet;
import io.outloud.preview.web.ThemeServlet;
import net.java.ao.RawEntity;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.BindException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence, as far as Out Loud meets it: the plugin is started from its own atlassian-plugin.xml and Spring
 * context with the host services its OSGi references name, its Active Objects entities migrated, its macros
 * called while pages render, its REST modules served, on Jetty with a real database.
 */
public final class PreviewServer implements AutoCloseable {
    private final Server jetty;
    private final Database database;
    private final PluginContainer plugin;
    private final int port;
    private final Hosts hosts;
    private final PreviewCacheManager caches;
    private io.outloud.preview.host.PreviewClock clock;

    /** The host's services and stores, for tests that set up content directly. */
    public record Hosts(UserDirectory users, SpaceDirectory spaces, PageRepository pages, JdbcActiveObjects activeObjects,
                        PluginContainer plugin, EventPublisher events, PreviewSchedulerService scheduler) {
    }

    private PreviewServer(Server jetty, Database database, PluginContainer plugin, Hosts hosts, PreviewCacheManager caches) {
        this.caches = caches;
        this.jetty = jetty;
        this.database = database;
        this.plugin = plugin;
        this.hosts = hosts;
        this.port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public static PreviewServer start(PreviewConfig config) throws Exception {
        String missing = PackagedFilesServlet.missing(PreviewServer.class.getClassLoader());
        if (missing != null) {
            throw new PreviewStartException(missing);
        }
        Database database = new Database(config.jdbcUrl());
        Deque<AutoCloseable> opened = new ArrayDeque<>(List.of(database));
        try {
            return start(config, database, opened);
        } catch (Exception | Error e) {
            // Nothing of a failed start may keep running (a scheduler thread would keep the JVM from exiting).
            for (AutoCloseable resource : opened) {
                try {
                    resource.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    /** Starts the preview on the database, adding what must be closed should the start fail to the front of {@code opened}. */
    private static PreviewServer start(PreviewConfig config, Database database, Deque<AutoCloseable> opened) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = listen(jetty, config.port());
        opened.push(connector::close);
        HostSchema.create(database.dataSource());
        Jdbc jdbc = new Jdbc(database.dataSource());
        UserDirectory users = new UserDirectory(jdbc);
        SpaceDirectory spaces = new SpaceDirectory(jdbc);
        PageRepository pages = new PageRepository(jdbc, spaces, users);

        ClassLoader pluginLoader = PreviewServer.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(pluginLoader);
        JdbcActiveObjects activeObjects = new JdbcActiveObjects(database.appDataSource(), descriptor.key());
        activeObjects.migrate(entities(descriptor, pluginLoader));
        PreviewI18nResolver i18n = new PreviewI18nResolver(pluginLoader, descriptor.i18nLocations());
        PreviewPermissionManager permissions = new PreviewPermissionManager(spaces, pages);
        PreviewUserManager userManager = new PreviewUserManager(users);
        PreviewUserDetails userDetails = new PreviewUserDetails(users);
        PreviewEventPublisher events = new PreviewEventPublisher();
        PreviewMailQueue mailQueue = new PreviewMailQueue(jdbc);
        PreviewWebSudo webSudo = new PreviewWebSudo();
        // One clock for the plugin and its jobs, which a tester can move on (the clock servlet: "a week passes").
        io.outloud.preview.host.PreviewClock clock = new io.outloud.preview.host.PreviewClock(java.time.Clock.systemUTC());
        PreviewSchedulerService scheduler = new PreviewSchedulerService(jdbc, clock);
        opened.push(scheduler);
        // Previews on one database form a cluster: a clustered cache entry one node removes, the others drop.
        PreviewCacheManager caches = PreviewCacheManager.joining(config.jdbcUrl());
        opened.push(caches);

        HostServices services = new HostServices()
                .export(ActiveObjects.class, activeObjects)
                .export(UserManager.class, userManager)
                .export(I18nResolver.class, i18n)
                .export(PageManager.class, new PreviewPageManager(pages))
                .export(PermissionManager.class, permissions)
                .export(com.atlassian.confluence.spaces.SpaceManager.class, new io.outloud.preview.host.PreviewSpaceManager(spaces))
                .export(TemplateRenderer.class, new PreviewTemplateRenderer(pluginLoader, MethodAllowlist.fromDescriptor(descriptor.document())))
                .export(PageBuilderService.class, new PreviewPageBuilderService())
                .export(UserAccessor.class, userDetails)
                .export(UserDetailsManager.class, userDetails)
                .export(EventPublisher.class, events)
                .export(MultiQueueTaskManager.class, mailQueue)
                .export(LocaleResolver.class, new PreviewLocaleResolver(users))
                .export(WebSudoManager.class, webSudo)
                .export(SchedulerService.class, scheduler)
                .export(CacheManager.class, caches)
                .export(ApplicationProperties.class, new PreviewApplicationProperties(
                        () -> connector.getLocalPort() > 0 ? connector.getLocalPort() : config.port()));
        PluginContainer plugin = PluginContainer.start(pluginLoader, services, clock);
        opened.push(plugin);
        if (config.demo()) {
            DemoContent.seedIfEmpty(users, spaces, pages, events, new AoHelpStore(activeObjects),
                    new AoShareRequestStore(activeObjects));
            DemoThoughts.seedIfMissing(pages, events, new AoThoughtStore(activeObjects), new AoFeedbackStore(activeObjects),
                    plugin.bean(SettingsStore.class));
            DemoCommunities.seedIfMissing(pages, events, new AoCommunityMembers(activeObjects), new AoCommunityAskStore(activeObjects),
                    plugin.bean(SettingsStore.class), new AoPersonProfiles(activeObjects));
        }
        Map<String, Macro> macros = new LinkedHashMap<>();
        for (PluginDescriptor.MacroModule module : descriptor.macros()) {
            macros.put(module.name(), (Macro) plugin.createModule(Class.forName(module.className(), true, pluginLoader)));
        }

        WebResources webResources = new WebResources(descriptor, pluginLoader, i18n);
        io.outloud.notify.NoticeListService noticeList = plugin.bean(io.outloud.notify.NoticeListService.class);
        // The header's unread badge stands in for Confluence's own notification count, which calls no app code on a
        // page view: its statements are the host's, not the app's, in the preview's statement headers.
        io.outloud.preview.plugin.WebFragments fragments = new io.outloud.preview.plugin.WebFragments(descriptor, userManager, permissions);
        Layout layout = new Layout(users, webResources, () -> database.appCounter().uncounted(noticeList::unreadCount), fragments, i18n);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // The editor's forms: a body at its limit, every character percent-encoded, fits; Jetty's default is 200,000 bytes.
        context.setMaxFormContentSize(PageServlet.MAX_FORM_BYTES);
        JettyLine jettyLine = JettyLine.current();
        jettyLine.pathsAsTomcat(connector, context);
        jettyLine.errorPages(jetty, context);
        context.addFilter(new FilterHolder(new RequestFilter(users, database.counter(), database.appCounter())), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HomeServlet(spaces, pages, users, permissions, layout)), "/");
        context.addServlet(new ServletHolder(new PageServlet(pages, spaces, permissions, macros, layout, events)), "/pages/*");
        context.addServlet(new ServletHolder(new SpaceServlet(spaces, pages, permissions, events, layout, fragments, i18n)), "/spaces/*");
        context.addServlet(new ServletHolder(new SwitchUserServlet(users)), "/switch-user");
        context.addServlet(new ServletHolder(new ThemeServlet()), "/switch-theme");
        context.addServlet(new ServletHolder(new AuthenticateServlet(layout)), "/authenticate.action");
        context.addServlet(new ServletHolder(new OutboxServlet(mailQueue, layout)), "/outbox");
        context.addServlet(new ServletHolder(new io.outloud.preview.web.ClockServlet(clock, scheduler, layout)), "/preview/clock");
        context.addServlet(new ServletHolder(new AdminConsoleServlet(layout, userManager)), "/admin");
        context.addServlet(new ServletHolder(new io.outloud.preview.web.UsersServlet(users, events, layout)), "/admin/users/*");
        context.addServlet(new ServletHolder(new AvatarServlet(users)), "/avatars/*");
        context.addServlet(new ServletHolder(new ResourceServlet(webResources)), "/download/resources/*");
        context.addServlet(new ServletHolder("npm", new PackagedFilesServlet(pluginLoader)), "/npm/*");
        AccessPolicy access = accessPolicy(userManager);
        RestModules.mount(context, descriptor, plugin, pluginLoader, access, webSudo);
        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            HttpServlet servlet = (HttpServlet) plugin.createModule(Class.forName(module.className(), true, pluginLoader));
            for (String pattern : module.urlPatterns()) {
                context.addServlet(new ServletHolder(new PluginServletHost(servlet, access, layout)), "/plugins/servlet" + pattern);
            }
        }

        jetty.addConnector(connector);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        opened.push(jetty::stop);
        jetty.start();
        PreviewServer server = new PreviewServer(jetty, database, plugin, new Hosts(users, spaces, pages, activeObjects, plugin, events, scheduler), caches);
        server.clock = clock;
        return server;
    }

    /** The port is taken first, so that a busy one fails the start before the database and the plugin are set up. */
    private static ServerConnector listen(Server jetty, int port) throws IOException, PreviewStartException {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        try {
            connector.open();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PreviewStartException("Port " + port + " on 127.0.0.1 is in use (" + rootMessage(e)
                        + "): stop what listens there, or choose another port with OUTLOUD_PORT.", e);
            }
            throw e;
        }
        return connector;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor, ClassLoader loader) throws ClassNotFoundException {
        List<String> names = descriptor.aoEntities();
        Class<? extends RawEntity<?>>[] entities = new Class[names.size()];
        for (int i = 0; i < names.size(); i++) {
            entities[i] = (Class<? extends RawEntity<?>>) Class.forName(names.get(i), true, loader);
        }
        return entities;
    }

    private static AccessPolicy accessPolicy(PreviewUserManager userManager) {
        return new AccessPolicy() {
            @Override
            public boolean anonymousAccessEnabled() {
                return true;
            }

            @Override
            public boolean isLicensed(ConfluenceUser user) {
                return user instanceof PreviewUser;
            }

            @Override
            public boolean isSiteAdmin(ConfluenceUser user) {
                return userManager.isAdmin(user.getKey());
            }
        };
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The clock the plugin and its jobs read; tests move it on. */
    public io.outloud.preview.host.PreviewClock clock() {
        return clock;
    }

    public Hosts hosts() {
        return hosts;
    }

    public long statementsSoFar() {
        return database.counter().total();
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            hosts.scheduler().close();
            plugin.close();
            caches.close();
            database.close();
        }
    }
}
