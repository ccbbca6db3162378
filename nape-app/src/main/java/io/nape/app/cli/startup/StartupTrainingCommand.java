package io.nape.app.cli.startup;

import io.nape.app.LoggingStart;
import io.nape.app.Main;
import io.nape.app.WebApp;
import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Do, once, what the commands or the web app do at start-up, so that the launcher's class archive
 * (made at the end of this run) holds their classes. Each has an archive of its own, since a JDK's
 * ahead-of-time cache loads every class it holds at start, and a short command that loaded the web
 * app's classes would start slower for them: {@code startup-training commands} runs the commands
 * people type, each once with its JSON and once without where it has both; {@code startup-training
 * web} starts the web app on a free port of 127.0.0.1, which answers a few pages and APIs and stops.
 * No reminder loop runs, so nothing is announced. The launcher runs it on a throw-away data folder.
 */
@Command(name = "startup-training", hidden = true, mixinStandardHelpOptions = true)
public final class StartupTrainingCommand implements Runnable {
    static final List<String> PATHS =
            List.of("/api/today", "/", "/api/plan", "/api/routines", "/library", "/static/nape.css", "/api/health");
    /** The commands trained, in order; the first writes the data file the others read. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("today"),
            List.of("plan", "--from", "2026-03-30", "--to", "2026-04-05", "--json"),
            List.of("plan", "--from", "2026-03-30", "--to", "2026-04-05"),
            List.of("routines", "--json"),
            List.of("routines"),
            List.of("show", "desk-a"),
            List.of("timeline", "desk-b", "--json"),
            List.of("settings"),
            List.of("history"),
            List.of("diary"),
            List.of("progress"),
            List.of("programme"));

    private static final int TIME_LIMIT_MS = 5_000;

    /** What to train. */
    enum Part {
        COMMANDS,
        WEB
    }

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PART", defaultValue = "commands")
    Part part = Part.COMMANDS;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (part == Part.WEB) {
            Wiring wiring = parent.wiring();
            LoggingStart.await();
            try (WebApp web = wiring.startWebApp(0)) {
                for (String path : PATHS) {
                    out.println(path + " " + get(web.port(), path));
                }
            }
        } else {
            for (List<String> command : COMMANDS) {
                Main.run(
                        command.toArray(String[]::new),
                        parent.environment(),
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        err);
            }
        }
        out.flush();
    }

    private static int get(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            connection.setConnectTimeout(TIME_LIMIT_MS);
            connection.setReadTimeout(TIME_LIMIT_MS);
            try (InputStream body =
                    connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return connection.getResponseCode();
        } catch (IOException failure) {
            return -1;
        }
    }
}
