package io.nape.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.nape.app.Wiring;
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

    /** Every feature of the local web app over one person's adapters. */
    public static List<WebFeature> features(Wiring wiring) {
        return List.of();
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
