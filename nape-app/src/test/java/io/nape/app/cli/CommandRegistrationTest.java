package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Texts;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandRegistrationTest {
    @TempDir
    Path home;

    @Test
    void namesEveryCommandAsItsAnnotationDoes() {
        NapeCommand.SUBCOMMANDS.forEach(
                (name, type) -> assertThat(type.getAnnotation(Command.class).name())
                        .as(type.getName())
                        .isEqualTo(name));
    }

    @Test
    void summarisesEveryCommandInAWholeSentence() {
        NapeCommand.SUBCOMMANDS.forEach((name, type) -> {
            Command command = type.getAnnotation(Command.class);
            String key = "help.nape." + name + ".usage.description.0";
            String summary = command.header().length > 0
                    ? command.header()[0]
                    : command.description().length > 0
                            ? command.description()[0]
                            : Texts.english().has(key) ? Texts.english().pattern(key) : "";
            assertThat(summary).as(name).matches("[A-Z].*[.]");
        });
    }

    @Test
    void anUnknownCommandIsAUsageErrorEvenWithHelp() {
        CliRun help = CliRun.run(home, "nonsense", "--help");
        CliRun plain = CliRun.run(home, "rutines");

        assertThat(help.exitCode()).isEqualTo(2);
        assertThat(help.out()).isEmpty();
        assertThat(help.err()).startsWith("Unknown command 'nonsense'.").endsWith("Run 'nape --help' for usage.\n");
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).startsWith("Unknown command 'rutines'. Did you mean 'routines'?");
    }

    @Test
    void buildsOnlyTheCommandThatIsRun() {
        assertThat(commandLine("--debug", "plan", "--json").getSubcommands()).containsOnlyKeys("plan");
        assertThat(commandLine("--db", "routines", "today").getSubcommands()).containsOnlyKeys("today");
    }

    @Test
    void buildsEveryCommandForHelpAnUnknownCommandOrNone() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "plan"}, {"timline"}, {"--version"}}) {
            assertThat(commandLine(args).getSubcommands().keySet())
                    .as(String.join(" ", args))
                    .containsExactlyElementsOf(NapeCommand.SUBCOMMANDS.keySet());
        }
    }

    @Test
    void listsEveryCommandInTheHelp() {
        CliRun run = CliRun.run(home, "--help");

        assertThat(run.exitCode()).isZero();
        NapeCommand.SUBCOMMANDS.forEach((name, type) -> {
            boolean hidden = type.getAnnotation(Command.class).hidden();
            assertThat(run.out().contains("\n  " + name + " ")).as(name).isEqualTo(!hidden);
        });
    }

    @Test
    void describesACommandThroughHelp() {
        CliRun run = CliRun.run(home, "help", "plan");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: nape plan");
    }

    @Test
    void suggestsTheNearestCommandForAnUnknownOne() {
        CliRun run = CliRun.run(home, "histroy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("Unknown command 'histroy'. Did you mean 'history'?\nRun 'nape --help' for usage.\n");
    }

    @Test
    void runsEveryCommandsOwnHelpWhenBuiltAlone() {
        for (String name : NapeCommand.SUBCOMMANDS.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CliRun run = CliRun.run(home, name, "--help");

            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).startsWith("Usage: nape " + name);
        }
    }

    @Test
    void reportsAnUnknownOptionOfACommandBuiltAlone() {
        CliRun run = CliRun.run(home, "plan", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Unknown argument '--bogus'.\nRun 'nape plan --help' for usage.\n");
    }

    private static CommandLine commandLine(String... args) {
        return NapeCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]), Texts.english(), args);
    }
}
