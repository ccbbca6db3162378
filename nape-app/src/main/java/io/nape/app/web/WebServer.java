package io.nape.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.nape.app.Wiring;
import io.nape.app.notify.ReminderHub;
import io.nape.app.web.calendar.CalendarApi;
import io.nape.app.web.catalogue.CatalogueApi;
import io.nape.app.web.check.CheckPages;
import io.nape.app.web.diary.DiaryApi;
import io.nape.app.web.diary.DiaryPages;
import io.nape.app.web.health.HealthApi;
import io.nape.app.web.library.LibraryPages;
import io.nape.app.web.openapi.OpenApiDocument;
import io.nape.app.web.plan.PlanApi;
import io.nape.app.web.progress.ProgressApi;
import io.nape.app.web.progress.ProgressPages;
import io.nape.app.web.reminders.RemindersApi;
import io.nape.app.web.session.SessionPages;
import io.nape.app.web.sessions.SessionsApi;
import io.nape.app.web.settings.SettingsApi;
import io.nape.app.web.settings.SettingsPages;
import io.nape.app.web.timeline.TimelineApi;
import io.nape.app.web.today.TodayPages;
import io.nape.app.web.triage.TriageApi;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run the local web server on 127.0.0.1: the pages, the JSON API under {@code /api}, the static
 * assets (served from the jar, never a CDN) and the defences every request passes first.
 */
public final class WebServer implements AutoCloseable {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 7070;

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
        listening.set(app.port());
        return new WebServer(app);
    }

    /** The templates, compiled at build time into the jar. */
    public static TemplateEngine templates() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    /** Every feature of the local web app over one person's adapters, without a reminder loop. */
    public static List<WebFeature> features(Wiring wiring) {
        return features(wiring, ReminderHub.withoutLoop());
    }

    /** Every feature of the local web app; {@code reminders} connects the pages with the reminder loop. */
    public static List<WebFeature> features(Wiring wiring, ReminderHub reminders) {
        Clock clock = Clock.systemUTC();
        return List.of(
                new TodayPages(wiring, clock),
                new SessionPages(wiring),
                new CheckPages(wiring, clock),
                new DiaryPages(wiring, clock),
                new ProgressPages(wiring, clock),
                new LibraryPages(wiring),
                new SettingsPages(wiring),
                new OpenApiDocument(),
                new CatalogueApi(wiring),
                new TimelineApi(wiring),
                new PlanApi(wiring, clock),
                new SettingsApi(wiring),
                new TriageApi(wiring, clock),
                new SessionsApi(wiring, clock),
                new RemindersApi(reminders),
                new CalendarApi(wiring, clock),
                new DiaryApi(wiring, clock),
                new HealthApi(),
                new ProgressApi(wiring, clock));
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
