package io.nape.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.nape.app.WebApp;
import io.nape.app.notify.ReminderHub;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.web.calendar.CalendarApi;
import io.nape.app.web.catalogue.CatalogueApi;
import io.nape.app.web.check.CheckPages;
import io.nape.app.web.diary.DiaryApi;
import io.nape.app.web.diary.DiaryPages;
import io.nape.app.web.export.ExportApi;
import io.nape.app.web.health.HealthApi;
import io.nape.app.web.language.LanguagePages;
import io.nape.app.web.library.LibraryPages;
import io.nape.app.web.openapi.OpenApiDocument;
import io.nape.app.web.plan.PlanApi;
import io.nape.app.web.presence.PresenceApi;
import io.nape.app.web.programme.ProgrammeApi;
import io.nape.app.web.programme.ProgrammePages;
import io.nape.app.web.progress.ProgressApi;
import io.nape.app.web.progress.ProgressPages;
import io.nape.app.web.psfs.PsfsApi;
import io.nape.app.web.psfs.PsfsPages;
import io.nape.app.web.reminders.RemindersApi;
import io.nape.app.web.session.SessionPages;
import io.nape.app.web.sessions.SessionsApi;
import io.nape.app.web.settings.SettingsApi;
import io.nape.app.web.settings.SettingsPages;
import io.nape.app.web.summary.SummaryPages;
import io.nape.app.web.timeline.TimelineApi;
import io.nape.app.web.today.TodayPages;
import io.nape.app.web.triage.TriageApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Run the local web server on 127.0.0.1: the pages, the JSON API under {@code /api}, the static
 * assets (served from the jar, never a CDN) and the defences every request passes first.
 */
public final class WebServer implements WebApp {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = WebApp.DEFAULT_PORT;

    private static final int MAX_THREADS = 8;
    private static final int MIN_THREADS = 2;
    private static final Duration IDLE_THREAD = Duration.ofMinutes(10);
    /** How long a connection with nothing to say stays open; its check runs at this pace while idle. */
    private static final Duration IDLE_CONNECTION = Duration.ofMinutes(2);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Start on 127.0.0.1 and {@code port} (0 picks a free one) with the given features. */
    public static WebServer start(int port, List<WebFeature> features) {
        AtomicInteger listening = new AtomicInteger(port);
        LocalOriginGuard guard = new LocalOriginGuard(listening::get);
        Javalin app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.threadPool = threadPool();
            // Javalin adds Jetty's low-resource monitor, which wakes every second even when nobody
            // is connected; a local server idles all day, so it goes.
            config.jetty.modifyServer(server -> {
                server.getBeans(LowResourceMonitor.class).forEach(server::removeBean);
                server.insertHandler(new RequestLimits());
                server.setErrorHandler(new JettyErrorHandler());
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrorHandler()));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(RequestLimits.MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            config.jetty.timeoutStatus = 408;
            config.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
            config.jsonMapper(new JacksonJsonMapper());
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(guard::check);
            config.routes.before(SecurityHeaders::add);
            ErrorMapping.register(config.routes);
            features.forEach(feature -> feature.register(config.routes));
        });
        app.start(port);
        // Javalin adds its connector at start; connections accepted from now on get the longer time-out.
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector open) {
                open.setIdleTimeout(IDLE_CONNECTION.toMillis());
            }
        }
        listening.set(app.port());
        return new WebServer(app);
    }

    /**
     * Jetty's threads: two kept while idle (an idle thread wakes once in ten minutes, to see whether
     * it is still needed, so a server left alone all day stays asleep), up to 8 under load, its acceptor and selector included. Requests
     * are short and the database pool is small, so more threads only queue for the same cores: with
     * 32, the slowest 1% of requests took three times as long under load (bench/run, throughput).
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) IDLE_THREAD.toMillis());
        pool.setName("web");
        return pool;
    }

    /** The templates, compiled at build time into the jar. */
    public static TemplateEngine templates() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    /** Every feature of the local web app over one person's adapters, without a reminder loop. */
    public static List<WebFeature> features(PersonRecords records) {
        return features(records, ReminderHub.withoutLoop());
    }

    /** Every feature of the local web app; {@code reminders} connects the pages with the reminder loop. */
    public static List<WebFeature> features(PersonRecords records, ReminderHub reminders) {
        Clock clock = records.clock();
        return List.of(
                new TodayPages(records, clock),
                new SessionPages(records),
                new CheckPages(records, clock),
                new DiaryPages(records, clock),
                new ProgressPages(records, clock),
                new SummaryPages(records),
                new LibraryPages(records),
                new SettingsPages(records),
                new LanguagePages(),
                new OpenApiDocument(),
                new CatalogueApi(records),
                new TimelineApi(records),
                new PlanApi(records, clock),
                new SettingsApi(records),
                new TriageApi(records, clock),
                new SessionsApi(records, clock),
                new RemindersApi(reminders),
                new PresenceApi(reminders, clock),
                new CalendarApi(records, clock),
                new DiaryApi(records, clock),
                new HealthApi(),
                new ProgressApi(records, clock),
                new PsfsApi(records),
                new PsfsPages(records),
                new ExportApi(records),
                new ProgrammePages(records),
                new ProgrammeApi(records));
    }

    @Override
    public int port() {
        return app.port();
    }

    /** The Jetty server underneath, for tests of how it is set up. */
    Server jetty() {
        return app.jettyServer().server();
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
