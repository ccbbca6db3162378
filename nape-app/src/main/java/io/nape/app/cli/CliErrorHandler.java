package io.nape.app.cli;

import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.store.persistence.StorageException;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turn every failure into one line on standard error and an exit code: 1 for a user error or a fault
 * of the disk or data file (named as such: full, damaged, missing), 2 for a usage error. A stack
 * trace is shown only with {@code --debug}.
 */
public final class CliErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private final boolean debug;
    private final Texts texts;

    public CliErrorHandler(boolean debug, Texts texts) {
        this.debug = debug;
        this.texts = texts;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (failure instanceof UsageException) {
            err.println(texts.explain(failure));
            err.println(hint(command));
            traceIfDebug(failure, err);
            return USAGE_ERROR;
        }
        StorageException storage = storageFault(failure);
        if (storage != null) {
            // The disk or the data file, not the person's input: the message says what to do.
            err.println(texts.explain(storage));
            traceIfDebug(failure, err);
            return USER_ERROR;
        }
        if (failure instanceof NapeException) {
            err.println(texts.explain(failure));
            traceIfDebug(failure, err);
            return USER_ERROR;
        }
        err.println(texts.get("cli.insideFault", "failure", failure.getClass().getSimpleName()));
        traceIfDebug(failure, err);
        return USER_ERROR;
    }

    /** A fault of the disk or the data file, even when it comes wrapped in another failure. */
    private static @Nullable StorageException storageFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StorageException storage) {
                return storage;
            }
        }
        return null;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(describe(failure, command));
        err.println(hint(command));
        traceIfDebug(failure, err);
        return USAGE_ERROR;
    }

    private String describe(ParameterException failure, CommandLine command) {
        if (failure instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            boolean isCommand =
                    !word.startsWith("-") && !command.getSubcommands().isEmpty();
            List<String> suggestions = unmatched.getSuggestions();
            String unknown = texts.get(isCommand ? "cli.unknownCommand" : "cli.unknownArgument", "word", word);
            return suggestions.isEmpty()
                    ? unknown
                    : unknown + " " + texts.get("cli.didYouMean", "suggestion", suggestions.get(0));
        }
        return sentence(failure.getMessage());
    }

    private String hint(CommandLine command) {
        return texts.get("cli.usageHint", "command", command.getCommandSpec().qualifiedName());
    }

    private String sentence(@Nullable String message) {
        String text = message == null ? texts.get("cli.incomplete") : message.trim();
        return text.endsWith(".") ? text : text + ".";
    }

    private void traceIfDebug(Exception failure, PrintWriter err) {
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
    }
}
