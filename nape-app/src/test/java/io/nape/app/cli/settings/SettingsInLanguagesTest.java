package io.nape.app.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings problems on the command line read in the person's language. */
class SettingsInLanguagesTest {
    @TempDir
    Path home;

    @Test
    void anUnknownSettingIsExplainedInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "settings", "set", "nonsense", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("Настройки «nonsense» нет. Есть такие настройки: ")
                .contains("breakEveryMinutes");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void anUnknownSettingIsBracketedInPseudoEnglish() {
        CliRun run = CliRun.run(home, "--lang", "en-XA", "settings", "set", "nonsense", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.contains("["));
    }
}
