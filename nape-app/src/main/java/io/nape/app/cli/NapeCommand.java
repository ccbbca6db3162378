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
import io.nape.app.cli.history.HistoryCommand;
import io.nape.app.cli.plan.PlanCommand;
import io.nape.app.cli.reminders.PauseCommand;
import io.nape.app.cli.reminders.ResumeCommand;
import io.nape.app.cli.reminders.ServeCommand;
import io.nape.app.cli.routines.RoutinesCommand;
import io.nape.app.cli.routines.ShowCommand;
import io.nape.app.cli.settings.SettingsCommand;
import io.nape.app.cli.start.StartCommand;
import io.nape.app.cli.timeline.TimelineCommand;
import io.nape.app.cli.today.TodayCommand;
import io.nape.app.config.AppConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
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
        description = {
            "A neck-relief coach for people who sit at a screen all day.",
            "Without a command, runs the reminders (as 'nape serve').",
            "Start with './nape routines', then './nape start desk-a', then './nape today'."
        },
        subcommands = {
            RoutinesCommand.class,
            ShowCommand.class,
            TimelineCommand.class,
            StartCommand.class,
            HistoryCommand.class,
            PlanCommand.class,
            TodayCommand.class,
            SettingsCommand.class,
            ServeCommand.class,
            PauseCommand.class,
            ResumeCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            LogCommand.class,
            DiaryCommand.class,
            ProgressCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Data folder: $NAPE_HOME, else $XDG_DATA_HOME/nape, else ~/.local/share/nape.",
            "Exit codes: 0 done, 1 a value or id was not right, 2 the command was not understood."
        })
public final class NapeCommand implements Runnable, AutoCloseable {
    private final Map<String, String> environment;
    private final InputStream input;
    private @Nullable Wiring wiring;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description =
                    "Database URL, e.g. jdbc:postgresql://127.0.0.1/nape (default: the SQLite file in the data folder; also NAPE_DB_URL).")
    @Nullable
    String databaseUrl;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full details of an error.")
    boolean debug;

    NapeCommand(Map<String, String> environment, InputStream input) {
        this.environment = environment;
        this.input = input;
    }

    public static CommandLine commandLine(Map<String, String> environment, InputStream input) {
        CommandLine commandLine = new CommandLine(new NapeCommand(environment, input));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
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
                    AppConfig.from(environment, databaseUrl), spec.commandLine().getErr());
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
