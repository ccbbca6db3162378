package io.nape.app.cli;

import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.store.persistence.StorageException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
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

    private static final Pattern FOUND = Pattern.compile("but found '(.*)'$");
    private static final Pattern EXPECTED = Pattern.compile("^Unknown option: '(.*?)'; .*for option '(.*?)'");
    private static final Pattern NO_VALUE =
            Pattern.compile("^option '(.*?)' should be specified without '(.*)' parameter$");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

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
        if (failure instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, command);
        }
        if (failure instanceof OverwrittenOptionException overwritten) {
            return texts.get("cli.onlyOnce", "option", name(overwritten.getOverwritten()));
        }
        if (failure instanceof MissingParameterException missing) {
            return missing(missing);
        }
        @Nullable ArgSpec argument = failure.getArgSpec();
        if (argument != null && failure.getValue() != null) {
            return invalidValue(argument, failure.getValue());
        }
        String message = String.valueOf(failure.getMessage());
        Matcher noValue = NO_VALUE.matcher(message);
        if (failure instanceof MaxValuesExceededException && noValue.matches()) {
            return texts.get("cli.noValueAllowed", "option", noValue.group(1), "value", noValue.group(2));
        }
        if (message.equals("Missing required subcommand")) {
            return texts.get(
                    "cli.missingSubcommand",
                    "commands",
                    quoted(command.getSubcommands().keySet().stream().toList()));
        }
        return texts.get("cli.notUnderstood", "detail", sentence(failure.getMessage()));
    }

    /** An unknown command or argument, with picocli's nearest suggestion. */
    private String unmatched(UnmatchedArgumentException unmatched, CommandLine command) {
        if (unmatched.getUnmatched().isEmpty()) {
            // An option that needed a value was followed by something like an unknown option.
            Matcher expected = EXPECTED.matcher(String.valueOf(unmatched.getMessage()));
            return expected.find()
                    ? texts.get("cli.valueExpected", "option", expected.group(2), "found", expected.group(1))
                    : texts.get("cli.notUnderstood", "detail", sentence(unmatched.getMessage()));
        }
        String word = unmatched.getUnmatched().get(0);
        boolean isCommand = !word.startsWith("-") && !command.getSubcommands().isEmpty();
        List<String> suggestions = unmatched.getSuggestions();
        String unknown = texts.get(isCommand ? "cli.unknownCommand" : "cli.unknownArgument", "word", word);
        return suggestions.isEmpty()
                ? unknown
                : unknown + " " + texts.get("cli.didYouMean", "suggestion", suggestions.get(0));
    }

    /**
     * A required option or parameter not given, an option given without its value, or an option
     * followed by another option where its value should be.
     */
    private String missing(MissingParameterException missing) {
        List<ArgSpec> absent = missing.getMissing();
        String message = String.valueOf(missing.getMessage());
        if (absent.size() == 1 && absent.get(0).isOption()) {
            ArgSpec option = absent.get(0);
            Matcher found = FOUND.matcher(message);
            if (message.startsWith("Expected parameter") && found.find()) {
                return texts.get("cli.valueExpected", "option", name(option), "found", found.group(1));
            }
            if (message.startsWith("Missing required parameter for")) {
                return texts.get("cli.missingValue", "option", name(option), "label", option.paramLabel());
            }
        }
        if (absent.isEmpty()) {
            return texts.get("cli.notUnderstood", "detail", sentence(message));
        }
        long options = absent.stream().filter(ArgSpec::isOption).count();
        String kind;
        if (options == 0) {
            kind = absent.size() == 1 ? "parameter" : "parameters";
        } else if (options == absent.size()) {
            kind = absent.size() == 1 ? "option" : "options";
        } else {
            kind = "optionsAndParameters";
        }
        return texts.get(
                "cli.missing." + kind,
                "names",
                quoted(absent.stream().map(CliErrorHandler::withLabel).toList()));
    }

    /** A value that is not of the option's type: a whole number, a number or one of some choices. */
    private String invalidValue(ArgSpec argument, String value) {
        Class<?> type = argument.auxiliaryTypes().length > 0 ? argument.auxiliaryTypes()[0] : argument.type();
        String option = name(argument);
        if (WHOLE_NUMBERS.contains(type)) {
            return texts.get("cli.invalidValue.whole", "option", option, "value", value);
        }
        if (NUMBERS.contains(type)) {
            return texts.get("cli.invalidValue.number", "option", option, "value", value);
        }
        if (type.isEnum()) {
            List<String> choices = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .toList();
            return texts.get(
                    "cli.invalidValue.choice", "option", option, "value", value, "choices", String.join(", ", choices));
        }
        return texts.get("cli.invalidValue.other", "option", option, "value", value);
    }

    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }

    /** As picocli names a missing one: {@code --ics=FILE} for an option that takes a value. */
    private static String withLabel(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            return option.arity().min > 0 ? option.longestName() + "=" + option.paramLabel() : option.longestName();
        }
        return argument.paramLabel();
    }

    /** Each name in the language's quotes, joined by commas. */
    private String quoted(List<String> names) {
        return String.join(
                ", ",
                names.stream()
                        .map(name -> texts.get("cli.quoted", "name", name))
                        .toList());
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
