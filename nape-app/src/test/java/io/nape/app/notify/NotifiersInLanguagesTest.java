package io.nape.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.Side;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal prompt and the desktop notification speak the run's language. */
class NotifiersInLanguagesTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 30, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final PlanEvent BREAK = new PlanEvent(
            LocalDate.of(2026, 3, 30), AT, EventKind.MICRO_BREAK, new RoutineId("desk-b"), DosageLevel.STANDARD, 3);

    @TempDir
    Path bin;

    @Test
    void promptsInTheTerminalInRussian() {
        String prompt = prompt(Texts.of(Language.RUSSIAN), new Reminder(BREAK, 1, AT.toInstant()));

        assertThat(prompt)
                .isEqualTo("\007[10:00] Микропауза: desk-b, 3 мин. Введите d, чтобы начать, s5/s10/s15, чтобы"
                        + " отложить, k, чтобы пропустить.\n");
    }

    @Test
    void namesWhatAMicroBreakCutFromTheComplexHoldsInBothLanguages() {
        DeskBreak deskBreak = new DeskBreak(
                List.of(new BreakPiece(new ExerciseId("iso-temple-press"), 3, true, Side.LEFT, Duration.ofSeconds(85))),
                Duration.ofSeconds(85));
        PlanEvent event = new PlanEvent(
                LocalDate.of(2026, 3, 30),
                AT,
                EventKind.MICRO_BREAK,
                PlanEngine.DESK_BREAK,
                DosageLevel.STANDARD,
                2,
                deskBreak);

        assertThat(prompt(Texts.english(), new Reminder(event, 1, AT.toInstant())))
                .startsWith("\007[10:00] Micro-break, exercise 3, left side: 1 min 25 s. Type d to start");
        assertThat(prompt(Texts.of(Language.RUSSIAN), new Reminder(event, 1, AT.toInstant())))
                .startsWith("\007[10:00] Микропауза, упражнение 3, левая сторона: 1 мин 25 с. Введите d");
    }

    @Test
    void promptsALateReminderInEnglishAsBefore() {
        Reminder late = new Reminder(BREAK, 1, AT.toInstant().plus(Duration.ofMinutes(20)));

        assertThat(prompt(Texts.english(), late))
                .isEqualTo("\007[10:20] Micro-break: desk-b, 3 min (planned for 10:00). Type d to start, s5/s10/s15"
                        + " to snooze, k to skip.\n");
    }

    @Test
    void bracketsThePromptInThePseudoLanguage() {
        String prompt = prompt(Texts.of(Language.PSEUDO), new Reminder(BREAK, 1, AT.toInstant()));

        assertThat(prompt).startsWith("\007[").contains("desk-b").doesNotContain("Type d");
    }

    @Test
    void showsTheDesktopNotificationInRussian() throws Exception {
        Path notifySend = bin.resolve("notify-send");
        Files.writeString(
                notifySend,
                "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done > \"" + bin.resolve("args") + "\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(notifySend, PosixFilePermissions.fromString("rwx------"));
        DesktopNotifier notifier = DesktopNotifier.find(
                        Map.of("DISPLAY", ":0", "PATH", bin.toString()), Texts.of(Language.RUSSIAN))
                .orElseThrow();

        notifier.show(new Reminder(BREAK, 1, AT.toInstant()));

        List<String> args = Files.readAllLines(bin.resolve("args"), StandardCharsets.UTF_8);
        assertThat(args)
                .containsExactly(
                        "--app-name=Nape",
                        "--expire-time=60000",
                        "Микропауза: desk-b, 3 мин",
                        "Пора сделать короткий перерыв. Ответьте в окне Nape: начать, отложить или пропустить.");
    }

    private static String prompt(Texts texts, Reminder reminder) {
        StringWriter out = new StringWriter();
        new TerminalNotifier(new PrintWriter(out, true), ZoneOffset.UTC, texts).show(reminder);
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
