package io.nape.app;

import io.nape.app.cli.CliErrorHandler;
import io.nape.app.cli.NapeCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** Start Nape from the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.getenv(), System.in, out, err));
    }

    /** Run one command line and return its exit code; the entry point tests use. */
    public static int run(
            String[] args, Map<String, String> environment, InputStream in, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CliErrorHandler errors = new CliErrorHandler(debug);
        try {
            CommandLine commandLine = NapeCommand.commandLine(environment, in)
                    .setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler(errors)
                    .setParameterExceptionHandler(errors);
            try {
                return commandLine.execute(args);
            } finally {
                ((NapeCommand) commandLine.getCommand()).close();
            }
        } catch (RuntimeException failure) {
            err.println("Nape could not start (" + failure.getClass().getSimpleName()
                    + "). Run the command again with --debug to see the details.");
            if (debug) {
                failure.printStackTrace(err);
            }
            err.flush();
            return CliErrorHandler.USER_ERROR;
        }
    }
}
