package io.nape.app.cli;

import io.nape.app.Wiring;
import io.nape.app.cli.check.CheckCommand;
import io.nape.app.cli.data.BackupCommand;
import io.nape.app.cli.data.ImportCommand;
import io.nape.app.cli.data.RestoreCommand;
import io.nape.app.cli.diary.DiaryCommand;
import io.nape.app.cli.diary.LogCommand;
import io.nape.app.cli.diary.ProgressCommand;
import io.nape.app.cli.export.ExportCommand;
import io.nape.app.cli.figures.FiguresCommand;
import io.nape.app.cli.history.HistoryCommand;
import io.nape.app.cli.measure.MeasureCommand;
import io.nape.app.cli.plan.PlanCommand;
import io.nape.app.cli.programme.ProgrammeCommand;
import io.nape.app.cli.reminders.PauseCommand;
import io.nape.app.cli.reminders.ResumeCommand;
import io.nape.app.cli.reminders.ServeCommand;
import io.nape.app.cli.routines.RoutinesCommand;
import io.nape.app.cli.routines.ShowCommand;
import io.nape.app.cli.settings.SettingsCommand;
import io.nape.app.cli.start.StartCommand;
import io.nape.app.cli.startup.StartupTrainingCommand;
import io.nape.app.cli.timeline.TimelineCommand;
import io.nape.app.cli.today.TodayCommand;
import io.nape.app.config.AppConfig;
import io.nape.app.text.HelpBundle;
import io.nape.app.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: {@code nape} and its subcommands. */
@Command(
        name = "nape",
        mixinStandardHelpOptions = true,
        versionProvider = NapeCommand.Version.class,
        // The description, the footer and the options' descriptions are in i18n/help.properties.
        usageHelpAutoWidth = true)
public final class NapeCommand implements Runnable, AutoCloseable {
    /** Every command by name, in the order that {@code --help} lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static final Set<String> WITHOUT_THE_DATABASE = Set.of("routines", "show", "timeline", "figures", "help");
    private static final Set<String> USE_THE_CATALOGUE =
            Set.of("routines", "show", "timeline", "figures", "start", "plan", "today", "serve", "progress");

    private final Map<String, String> environment;
    private final InputStream input;
    private @Nullable Wiring wiring;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL")
    @Nullable
    String databaseUrl;

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANGUAGE")
    @Nullable
    String language;

    private final Texts texts;

    NapeCommand(Map<String, String> environment, InputStream input, Texts texts) {
        this.environment = environment;
        this.input = input;
        this.texts = texts;
    }

    /** The texts in the language this run speaks. */
    public Texts texts() {
        return texts;
    }

    /**
     * The command line for these arguments. When they name a command, only that one is built:
     * picocli's model of every command costs more at start-up than most commands themselves. Help
     * (which lists or describes the others), an unknown command (with its suggestion) and no
     * command at all get every command, in the order of {@link #SUBCOMMANDS}.
     */
    public static CommandLine commandLine(
            Map<String, String> environment, InputStream input, Texts texts, String... args) {
        CommandLine commandLine = new CommandLine(new NapeCommand(environment, input, texts));
        @Nullable Class<?> named = SUBCOMMANDS.get(commandName(args));
        if (named != null && named != CommandLine.HelpCommand.class) {
            commandLine.addSubcommand(named);
        } else {
            SUBCOMMANDS.values().forEach(commandLine::addSubcommand);
        }
        commandLine.setResourceBundle(HelpBundle.of(texts));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    /** Whether the command these arguments name reads the catalogue (no command runs the reminders). */
    public static boolean usesCatalogue(String... args) {
        return args.length == 0 || USE_THE_CATALOGUE.contains(commandName(args));
    }

    /** Whether the command these arguments name may open the database (no command runs the reminders). */
    public static boolean usesDatabase(String... args) {
        String name = commandName(args);
        return args.length == 0 || (SUBCOMMANDS.containsKey(name) && !WITHOUT_THE_DATABASE.contains(name));
    }

    /** The first argument that is neither an option of {@code nape} itself nor the value of one. */
    public static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--lang")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** What the person types when the input is not a terminal. */
    public InputStream input() {
        return input;
    }

    /** The adapters for this run, built on first use. */
    public Wiring wiring() {
        if (wiring == null) {
            wiring = new Wiring(
                    AppConfig.from(environment, databaseUrl), spec.commandLine().getErr(), Clock.systemUTC(), texts);
        }
        return wiring;
    }

    @Override
    public void close() {
        if (wiring != null) {
            wiring.close();
        }
    }

    @Override
    public void run() {
        new ServeCommand().serve(this, spec.commandLine().getOut());
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("routines", RoutinesCommand.class);
        byName.put("show", ShowCommand.class);
        byName.put("timeline", TimelineCommand.class);
        byName.put("start", StartCommand.class);
        byName.put("history", HistoryCommand.class);
        byName.put("plan", PlanCommand.class);
        byName.put("today", TodayCommand.class);
        byName.put("settings", SettingsCommand.class);
        byName.put("serve", ServeCommand.class);
        byName.put("pause", PauseCommand.class);
        byName.put("resume", ResumeCommand.class);
        byName.put("check", CheckCommand.class);
        byName.put("export", ExportCommand.class);
        byName.put("figures", FiguresCommand.class);
        byName.put("import", ImportCommand.class);
        byName.put("backup", BackupCommand.class);
        byName.put("restore", RestoreCommand.class);
        byName.put("log", LogCommand.class);
        byName.put("diary", DiaryCommand.class);
        byName.put("progress", ProgressCommand.class);
        byName.put("measure", MeasureCommand.class);
        byName.put("programme", ProgrammeCommand.class);
        byName.put("startup-training", StartupTrainingCommand.class);
        byName.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(byName);
    }

    /** Reads the version written into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = NapeCommand.class.getResourceAsStream("/io/nape/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Nape " + properties.getProperty("version", "development build")};
        }
    }
}
