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
@Command(name = "settings", mixinStandardHelpOptions = true, subcommands = SettingsCommand.SetCommand.class)
public final class SettingsCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
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
            JsonNode value = tree.get(key);
            String shown = key.equals("yogaTime") && value.isNull() ? SettingsJson.AFTER_WORK : plain(value);
            out.printf(Locale.ROOT, "%-18s %s%n", key, shown);
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
    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class SetCommand implements Runnable {
        @ParentCommand
        SettingsCommand settingsCommand;

        @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "key")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "value")
        String value;

        @Override
        public void run() {
            NapeCommand parent = settingsCommand.parent;
            Settings changed = SettingsJson.withValue(parent.wiring().settings(), key, value);
            parent.wiring().settingsRepository().save(changed);
            PrintWriter out = settingsCommand.spec.commandLine().getOut();
            out.println(parent.texts().get("settings.saved", "key", key));
            print(out, changed, false);
        }
    }
}
