package io.nape.app.cli.settings;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.settings.SettingsJson;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Show the plan settings, or change one of them. */
@Command(
        name = "settings",
        mixinStandardHelpOptions = true,
        description = {
            "Show the plan settings: work days and hours, lunch, session times, break interval, level.",
            "Change one with './nape settings set KEY VALUE', for example:",
            "  ./nape settings set workStart 08:30",
            "  ./nape settings set workDays MON,TUE,WED,THU",
            "  ./nape settings set lunch 12:30-13:15      (or none)",
            "  ./nape settings set timeZone Europe/Berlin"
        },
        subcommands = SettingsCommand.SetCommand.class)
public final class SettingsCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(names = "--json", description = "Print the settings as JSON, in the format of a settings file.")
    boolean json;

    @Override
    public void run() {
        print(spec.commandLine().getOut(), parent.wiring().settings(), json);
    }

    static void print(PrintWriter out, Settings settings, boolean json) {
        ObjectNode tree = SettingsJson.toTree(settings);
        if (json) {
            JsonOutput.print(out, tree);
            return;
        }
        for (String key : tree.propertyNames()) {
            out.printf(Locale.ROOT, "%-18s %s%n", key, plain(tree.get(key)));
        }
        out.flush();
    }

    private static String plain(JsonNode value) {
        if (value.isNull()) {
            return "none";
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                return "none";
            }
            StringBuilder list = new StringBuilder();
            value.forEach(item -> list.append(list.length() == 0 ? "" : ",").append(item.asString()));
            return list.toString();
        }
        if (value.isObject()) {
            return value.get("start").asString() + "-" + value.get("end").asString();
        }
        return value.asString();
    }

    /** Change one setting, checked like a settings file. */
    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Change one setting and store it. The keys are those './nape settings' shows.")
    static final class SetCommand implements Runnable {
        @ParentCommand
        @SuppressWarnings("NullAway.Init")
        SettingsCommand settingsCommand;

        @Parameters(index = "0", paramLabel = "KEY", description = "A setting, such as workStart.")
        @SuppressWarnings("NullAway.Init")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value, such as 08:30.")
        @SuppressWarnings("NullAway.Init")
        String value;

        @Override
        public void run() {
            NapeCommand parent = settingsCommand.parent;
            Settings changed = SettingsJson.withValue(parent.wiring().settings(), key, value);
            parent.wiring().settingsRepository().save(changed);
            PrintWriter out = settingsCommand.spec.commandLine().getOut();
            out.println("Saved " + key + ". The settings are now:");
            print(out, changed, false);
        }
    }
}
