package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./nape --help} lists every command with a summary that is a whole sentence, in each language. */
class HelpSummariesTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"en, Commands:, '[A-Z]'", "ru, Команды:, '[А-ЯЁ]'"})
    void everyCommandHasAWholeSentenceInTheLanguage(String language, String heading, String capital) {
        StringWriter out = new StringWriter();
        int code = Main.run(
                new String[] {"--lang", language, "--help"},
                Map.of("NAPE_HOME", home.toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        Map<String, String> summaries = summaries(out.toString(), heading);
        assertThat(summaries.keySet())
                .containsExactlyElementsOf(NapeCommand.SUBCOMMANDS.entrySet().stream()
                        .filter(entry -> !entry.getKey().equals("help"))
                        .filter(entry -> !entry.getValue()
                                .getAnnotation(picocli.CommandLine.Command.class)
                                .hidden())
                        .map(Map.Entry::getKey)
                        .toList());
        summaries.forEach((name, summary) -> assertThat(summary)
                .as(language + " " + name)
                .matches(capital + ".*[.?!]")
                .matches(language.equals("ru") ? "(?s).*[а-яё].*" : "(?s)[^а-яё]*"));
    }

    /** The command list after its heading: a name in the first column, its summary wrapped beside it. */
    static Map<String, String> summaries(String help, String heading) {
        Map<String, String> byName = new LinkedHashMap<>();
        String current = null;
        boolean inList = false;
        for (String line : help.split("\n")) {
            if (line.trim().equals(heading)) {
                inList = true;
                continue;
            }
            if (!inList || line.isBlank()) {
                if (inList && line.isBlank()) {
                    break;
                }
                continue;
            }
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                String[] parts = line.trim().split("\\s+", 2);
                current = parts[0];
                byName.put(current, parts.length > 1 ? parts[1].trim() : "");
            } else if (current != null) {
                byName.put(current, (byName.get(current) + " " + line.trim()).trim());
            }
        }
        byName.remove("help");
        return byName;
    }
}
