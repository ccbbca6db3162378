package io.nape.app.cli.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.cli.PseudoLines;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve, pause and resume in Russian and in the pseudo-language. */
class RemindersInLanguagesTest {
    @TempDir
    Path home;

    @Test
    void pausesAndResumesInRussian() {
        CliRun.run(home, "settings", "set", "timeZone", "UTC");

        CliRun pause = CliRun.run(home, "--lang", "ru", "pause", "until-tomorrow");
        CliRun resume = CliRun.run(home, "--lang", "ru", "resume");
        CliRun again = CliRun.run(home, "--lang", "ru", "resume");

        assertThat(pause.out())
                .matches("Напоминания на паузе до \\p{L}{2} 00:00 \\(UTC\\)\\. Чтобы включить их раньше, выполните"
                        + " './nape resume'\\.\n");
        assertThat(resume.out()).isEqualTo("Напоминания снова включены.\n");
        assertThat(again.out()).isEqualTo("Напоминания не были на паузе; они остаются включёнными.\n");
    }

    @Test
    void refusesAPauseInRussian() {
        CliRun tooLong = CliRun.run(home, "--lang", "ru", "pause", "25h");
        CliRun unreadable = CliRun.run(home, "--lang", "ru", "pause", "soon");

        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).startsWith("Пауза длится от 1 минуты до 24 часов, а указано 1\u00a0500 минут.");
        assertThat(unreadable.err())
                .isEqualTo("Паузу записывают так: 30m, 1h, 1h30m (от 1 минуты до 24 часов) или until-tomorrow;"
                        + " это не подходит.\n");
    }

    @Test
    void saysThePauseInRussianPlurals() {
        Texts russian = Texts.of(Language.RUSSIAN);

        assertThat(russian.get("reminder.pauseOutOfRange", "minutes", 1)).contains("указано 1 минута.");
        assertThat(russian.get("reminder.pauseOutOfRange", "minutes", 3)).contains("указано 3 минуты.");
        assertThat(russian.get("reminder.pauseOutOfRange", "minutes", 5)).contains("указано 5 минут.");
        assertThat(russian.get("reminder.pauseOutOfRange", "minutes", 21)).contains("указано 21 минута.");
    }

    @Test
    void servesInRussian() {
        CliRun serve = CliRun.runWithInput(home, "что\nq\n", "--lang", "ru", "serve", "--port", "0");

        assertThat(serve.exitCode()).isZero();
        assertThat(serve.out())
                .startsWith("Nape работает по адресу http://127.0.0.1:")
                .contains("Напоминания Nape включены (")
                .contains("; терминал и страница). ")
                .contains("Ответьте на напоминание: d (начать), s5, s10 или s15 (отложить), k (пропустить).")
                .contains("Введите d, чтобы начать, s5, s10 или s15, чтобы отложить, k, чтобы пропустить, q, чтобы"
                        + " остановить.\n")
                .endsWith("Напоминания остановлены.\n");
    }

    @Test
    void showsServesHelpInRussian() {
        CliRun help = CliRun.run(home, "--lang", "ru", "serve", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .startsWith("Запуск: nape serve")
                .contains("Запустить напоминания и веб-приложение до остановки.")
                .contains("Порт веб-приложения на 127.0.0.1")
                .contains("Запустить только напоминания, без веб-приложения.")
                .doesNotContain("Run the reminders");
    }

    @Test
    void bracketsEveryLineOfServePauseAndResumeInThePseudoLanguage() {
        CliRun serve = CliRun.runWithInput(home, "what\nq\n", "--lang", "en-XA", "serve", "--port", "0");
        CliRun pause = CliRun.run(home, "--lang", "en-XA", "pause", "1h");
        CliRun resume = CliRun.run(home, "--lang", "en-XA", "resume");
        CliRun wrong = CliRun.run(home, "--lang", "en-XA", "pause", "25h");
        CliRun port = CliRun.run(home, "--lang", "en-XA", "serve", "--port", "70000");

        for (CliRun run : new CliRun[] {serve, pause, resume, wrong, port}) {
            PseudoLines.assertEveryLineBracketed(run.out());
            PseudoLines.assertEveryLineBracketed(run.err());
        }
        assertThat(port.exitCode()).isEqualTo(1);
    }
}
