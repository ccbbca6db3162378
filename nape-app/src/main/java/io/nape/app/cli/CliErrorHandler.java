package io.nape.app.cli;

import io.nape.core.NapeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turn every failure into one line on standard error and an exit code: 1 for a user error, 2 for
 * a usage error. A stack trace is shown only with {@code --debug}.
 */
public final class CliErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private final boolean debug;

    public CliErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (failure instanceof UsageException) {
            err.println(failure.getMessage());
            err.println(hint(command));
            traceIfDebug(failure, err);
            return USAGE_ERROR;
        }
        if (failure instanceof NapeException) {
            err.println(failure.getMessage());
            traceIfDebug(failure, err);
            return USER_ERROR;
        }
        err.println("Something went wrong inside Nape (" + failure.getClass().getSimpleName()
                + "). Run the command again with --debug to see the details.");
        traceIfDebug(failure, err);
        return USER_ERROR;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(sentence(failure.getMessage()));
        err.println(hint(command));
        traceIfDebug(failure, err);
        return USAGE_ERROR;
    }

    private static String hint(CommandLine command) {
        return "Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.";
    }

    private static String sentence(String message) {
        String text = message == null ? "The command is not complete." : message.trim();
        return text.endsWith(".") ? text : text + ".";
    }

    private void traceIfDebug(Exception failure, PrintWriter err) {
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
    }
}
