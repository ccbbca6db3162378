package io.nape.app.cli.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.store.safety.TriageRulesLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command of {@code ./nape}, run in the pseudo-language with realistic arguments and with
 * its main error, and the help of each: no English word stands outside the pseudo brackets but
 * data (ids, options, labels, numbers, times, dates, paths; {@code --json} output is data whole).
 *
 * <p>Left out: {@code serve} and {@code nape} without a command running for good (only their help
 * and a bad port); and the notes a plan prints about routines the catalogue lacks (the built-in
 * catalogue has them all, so no run here prints one).
 */
class PseudoCommandsTest {
    private static final String NL = System.lineSeparator();

    /** A run: the command it covers, its arguments ({@code HOME} is the data folder), what is typed. */
    record Case(String command, List<String> args, String input, int exitCode, boolean jsonOut) {
        static Case of(String command, int exitCode, String... args) {
            return new Case(command, List.of(args), "", exitCode, false);
        }

        static Case json(String command, String... args) {
            return new Case(command, List.of(args), "", 0, true);
        }

        static Case typed(String command, String input, int exitCode, String... args) {
            return new Case(command, List.of(args), input, exitCode, false);
        }

        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    private static final String NOTE = "after a long call";
    /** Dates: Java has no weekday names of the pseudo-language, so they come from English. */
    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private static PseudoWords checker = new PseudoWords(Set.of(), List.of());

    @TempDir
    Path home;

    @BeforeAll
    static void learnTheDataWords(@TempDir Path somewhere) throws IOException {
        Set<String> data = new HashSet<>(Set.of("nape", "Nape"));
        data.addAll(WEEKDAYS);
        for (CommandLine command : commands()) {
            data.add(command.getCommandName());
            for (ArgSpec arg : command.getCommandSpec().args()) {
                data.addAll(Arrays.asList(arg.paramLabel().split("[^A-Za-z]+")));
                if (arg instanceof OptionSpec option) {
                    data.addAll(Arrays.asList(option.names()));
                }
            }
        }
        for (String[] listing :
                List.of(new String[] {"routines", "--json"}, new String[] {"routines", "--exercises", "--json"})) {
            JsonOutput.mapper().readTree(CliRun.run(somewhere, listing).out()).forEach(item -> {
                data.add(item.get("id").asString());
                data.add(item.get("part").asString());
            });
        }
        // The keys of the settings and their values, as 'settings set KEY VALUE' takes them.
        data.addAll(List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "none", "true", "false"));
        Arrays.stream(DosageLevel.values()).forEach(level -> data.add(level.key()));
        JsonOutput.mapper()
                .readTree(CliRun.run(somewhere, "settings", "--json").out())
                .propertyNames()
                .forEach(data::add);
        // The rules' sources are citations of guidelines by their titles, which stay as published.
        List<String> phrases = new ArrayList<>(List.of(NOTE));
        TriageRulesLoader.bundled().rules().forEach(rule -> phrases.add(rule.source()));
        checker = new PseudoWords(data, phrases);
    }

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("nape", 2, "nonsense"),
                Case.of("nape", 0, "--version"),
                Case.of("routines", 0, "routines"),
                Case.of("routines", 0, "routines", "--exercises"),
                Case.json("routines", "routines", "--json"),
                Case.of("routines", 2, "routines", "--exercise"),
                Case.of("show", 0, "show", "desk-a"),
                Case.of("show", 0, "show", "iso-temple-press"),
                Case.of("show", 0, "show", "yoga-childs-pose"),
                Case.json("show", "show", "desk-a", "--json"),
                Case.of("show", 1, "show", "desk-z"),
                Case.of("timeline", 0, "timeline", "desk-a"),
                Case.of("timeline", 1, "timeline", "desk-a", "--level", "hardest"),
                Case.typed("start", "", 0, "start", "posture", "--plain", "--speed", "1000"),
                Case.typed("start", "q" + NL, 0, "start", "desk-a", "--plain", "--speed", "1000"),
                Case.of("start", 1, "start", "desk-z"),
                Case.of("start", 1, "start", "desk-a", "--plain", "--speed", "0"),
                Case.of("history", 0, "history"),
                Case.of("history", 1, "history", "--limit", "0"),
                Case.of("plan", 0, "plan", "--from", "2026-12-03", "--to", "2026-12-09"),
                Case.json("plan", "plan", "--from", "2026-12-03", "--json"),
                Case.of("plan", 1, "plan", "--from", "2026-13-40"),
                Case.of("plan", 1, "plan", "--settings", "HOME/none.json"),
                Case.of("today", 0, "today"),
                Case.json("today", "today", "--json"),
                Case.of("today", 2, "today", "tomorrow"),
                Case.of("settings", 0, "settings"),
                Case.json("settings", "settings", "--json"),
                Case.of("settings set", 0, "settings", "set", "workStart", "08:30"),
                Case.of("settings set", 1, "settings", "set", "breakEveryMinutes", "0"),
                Case.of("settings set", 1, "settings", "set", "microBreakMinutes", "6"),
                Case.of("settings set", 1, "settings", "set", "yogaDays", "mon,tue"),
                Case.of("settings set", 1, "settings", "set", "workEnd", "25:00"),
                Case.of("settings set", 1, "settings", "set", "nonsense", "1"),
                Case.of("serve", 1, "serve", "--port", "99999"),
                Case.of("pause", 0, "pause", "1h"),
                Case.of("pause", 0, "pause", "until-tomorrow"),
                Case.of("pause", 1, "pause", "7x"),
                Case.of("resume", 0, "resume"),
                Case.of("resume", 2, "resume", "now"),
                Case.typed("check", String.join(NL, "35", "3", "1", "n", "1", "", "", "", "", "", "") + NL, 0, "check"),
                Case.typed("check", "{\"signs\": [\"fever\", \"stiff-neck\"]}", 0, "check", "--answers", "-"),
                Case.typed("check", "{\"painLevel\": 11}", 1, "check", "--answers", "-"),
                Case.of("check", 1, "check", "--answers", "HOME/none.json"),
                Case.of("export", 0, "export", "--ics", "HOME/nape.ics"),
                Case.of("export", 0, "export", "--json", "HOME/nape-export.json"),
                Case.of("export", 0, "export", "--csv", "HOME/tables"),
                Case.of("export", 2, "export"),
                Case.of("export", 1, "export", "--ics", "HOME/nape.ics", "--from", "2026-02-30"),
                Case.of("import", 1, "import", "HOME/none.json"),
                Case.of("import", 1, "import", "HOME/broken.json"),
                Case.of("backup", 0, "backup", "HOME/copy.db"),
                Case.of("backup", 0, "backup"),
                Case.of("backup", 1, "backup", "HOME/broken.json"),
                Case.of("restore", 1, "restore", "HOME/none.db"),
                Case.of("restore", 2, "restore"),
                Case.of("log", 2, "log"),
                Case.of("log pain", 0, "log", "pain", "4", "--where", "neck,shoulders", "--character", "aching"),
                Case.of("log pain", 1, "log", "pain", "11"),
                Case.of("log pain", 1, "log", "pain", "4", "--where", "knee"),
                Case.of("diary", 0, "diary"),
                Case.json("diary", "diary", "--json"),
                Case.of("diary", 1, "diary", "--from", "2026-12-40"),
                Case.of("progress", 0, "progress"),
                Case.json("progress", "progress", "--json"),
                Case.of("progress", 2, "progress", "--weeks", "3"),
                Case.of("measure", 0, "measure", "--rate", NOTE + "=4"),
                Case.json("measure", "measure", "--rate", NOTE + "=4", "--json"),
                Case.of("measure", 0, "measure", "--history"),
                Case.json("measure", "measure", "--history", "--json"),
                Case.of("measure", 1, "measure", "--rate", NOTE + "=11"),
                Case.of("measure", 1, "measure", "--rate", NOTE),
                Case.of("programme", 0, "programme"),
                Case.json("programme", "programme", "--json"),
                Case.of("programme confirm", 1, "programme", "confirm", "step-up@2026-01-01T00:00:00Z"),
                Case.of("programme decline", 1, "programme", "decline", "check@2026-01-01T00:00:00Z"),
                Case.of("programme history", 0, "programme", "history"),
                Case.json("programme history", "programme", "history", "--json"),
                Case.of("figures", 0, "figures", "--out", "HOME/sheets"),
                Case.of("figures", 1, "figures", "--out", "HOME/broken.json"),
                Case.of("help", 0, "help", "pause"),
                Case.of("help", 2, "help", "nonsense"),
                // It trains the launcher's archive; its own output is paths, status codes and JSON.
                Case.of("startup-training", 2, "startup-training", "--port", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speaksOnlyPseudoTextsAndData(Case run) throws IOException {
        prepareData();
        CliRun result = run(run);

        assertThat(result.exitCode())
                .as("exit code of %s%n%s%s", run, result.out(), result.err())
                .isEqualTo(run.exitCode());
        List<String> problems = new ArrayList<>(checker.offending(result.err()));
        if (!run.jsonOut()) {
            problems.addAll(checker.offending(result.out()));
        }
        assertThat(problems)
                .as("English outside the brackets in:%n%s%s", result.out(), result.err())
                .isEmpty();
    }

    static Stream<String> commandPaths() {
        return commands().stream().map(PseudoCommandsTest::path).distinct();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commandPaths")
    void helpSpeaksOnlyPseudoTextsAndData(String command) {
        List<String> args = new ArrayList<>(List.of("--lang", "en-XA"));
        if (!command.equals("nape")) {
            args.addAll(List.of(command.split(" ")));
        }
        args.add(command.equals("help") ? "help" : "--help");
        CliRun result = CliRun.run(home, args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isNotBlank();
        assertThat(checker.offending(result.out() + result.err()))
                .as("English outside the brackets in:%n%s%s", result.out(), result.err())
                .isEmpty();
    }

    @Test
    void everyCommandHasARun() {
        Set<String> covered = new LinkedHashSet<>();
        cases().forEach(run -> covered.add(run.command()));

        assertThat(covered).containsAll(commandPaths().toList());
    }

    @Test
    void theCheckerFindsEnglishLeftOutsideTheBrackets() {
        PseudoWords words = new PseudoWords(Set.of("desk-a"), List.of("Neck pain guideline"));

        assertThat(words.offending("[Šŧáŕŧ··] desk-a [--debug] 12:30 /tmp/x.db"))
                .isEmpty();
        assertThat(words.offending("[Á łóñğ\nŧéẋŧ óñ ŧŵó łíñéš··········]\n")).isEmpty();
        assertThat(words.offending("[Šŧáŕŧ··]\nSaved session 1: desk-a"))
                .containsExactly("'Saved' in: Saved session 1: desk-a");
        assertThat(words.offending("[Šŧáŕŧ] now")).hasSize(1);
        assertThat(words.offending("[ÚŔĞÉÑŦ···] Neck pain guideline")).isEmpty();
    }

    private CliRun run(Case run) {
        List<String> args = new ArrayList<>(List.of("--lang", "en-XA"));
        run.args().forEach(arg -> args.add(arg.replace("HOME", home.toString())));
        return CliRun.runWithInput(home, run.input(), args.toArray(String[]::new));
    }

    /** A session, a pain entry and a broken file, so that lists have lines and a bad file is at hand. */
    private void prepareData() throws IOException {
        CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");
        CliRun.run(home, "log", "pain", "3", "--where", "neck", "--note", NOTE);
        Files.writeString(home.resolve("broken.json"), "{\"format\": ", StandardCharsets.UTF_8);
    }

    private static List<CommandLine> commands() {
        CommandLine top = NapeCommand.commandLine(Map.of(), InputStream.nullInputStream(), Texts.of(Language.PSEUDO));
        List<CommandLine> all = new ArrayList<>();
        collect(top, all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    private static String path(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName(" ");
        return qualified.equals("nape") ? "nape" : qualified.substring("nape ".length());
    }
}
