package io.nape.app;

import io.nape.app.cli.CliErrorHandler;
import io.nape.app.cli.NapeCommand;
import io.nape.app.config.AppConfig;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.LanguageChoice;
import io.nape.app.text.Texts;
import io.nape.store.persistence.Database;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Start Nape from the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Spares picocli a search of every jar for Groovy, which Nape does not use.
        System.setProperty("picocli.disable.closures", "true");
        // Spares Jetty a start of JMX to learn the size of a reference: the launcher's heap (256 MB)
        // has compressed ones, 4 bytes, so 16 to a 64-byte cache line.
        System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.getenv(), System.in, out, err));
    }

    /** Run one command line and return its exit code; the entry point tests use. */
    public static int run(
            String[] args, Map<String, String> environment, InputStream in, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Texts texts;
        try {
            texts = Texts.of(LanguageChoice.of(args, environment));
        } catch (LanguageChoice.UnknownLanguageException unknown) {
            err.println(unknown.getMessage());
            err.flush();
            return CliErrorHandler.USAGE_ERROR;
        }
        CliErrorHandler errors = new CliErrorHandler(debug, texts);
        try {
            startInBackground(args, environment);
            CommandLine commandLine = NapeCommand.commandLine(environment, in, texts, args)
                    .setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler(errors)
                    .setParameterExceptionHandler(errors);
            try {
                String named = NapeCommand.commandName(args);
                if (!named.isEmpty() && commandLine.getSubcommands().get(named) == null) {
                    // An unknown command is a usage error even when help is asked for with it.
                    return errors.handleParseException(
                            new CommandLine.UnmatchedArgumentException(commandLine, List.of(named)), args);
                }
                return commandLine.execute(args);
            } finally {
                ((NapeCommand) commandLine.getCommand()).close();
                CatalogueLoading.forget();
            }
        } catch (RuntimeException failure) {
            err.println(
                    texts.get("cli.couldNotStart", "failure", failure.getClass().getSimpleName()));
            if (debug) {
                failure.printStackTrace(err);
            }
            err.flush();
            return CliErrorHandler.USER_ERROR;
        }
    }

    /**
     * Start, on other threads, the work the command will need and that does not depend on the rest
     * of the command line: logging and the database adapters' own start, the catalogue and the JSON
     * writer. Each start-up then overlaps the
     * reading of the command line (on a machine with more than one core).
     */
    private static void startInBackground(String[] args, Map<String, String> environment) {
        if (NapeCommand.usesDatabase(args)) {
            LoggingStart.startInBackground(Database::prepare);
        }
        if (NapeCommand.usesCatalogue(args)) {
            CatalogueLoading.startInBackground(AppConfig.catalogueFolder(environment));
        }
        if (Arrays.asList(args).contains("--json")) {
            Thread json = new Thread(JsonOutput::mapper, "nape-json");
            json.setDaemon(true);
            json.start();
        }
    }
}
