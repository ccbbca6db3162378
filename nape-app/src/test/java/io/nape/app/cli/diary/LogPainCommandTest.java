package io.nape.app.cli.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log pain through the real command line into the real SQLite file. */
class LogPainCommandTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String STRONG =
            "That is strong pain. Run './nape check' now to see whether you should talk to a doctor.\n";
    private static final String RISING = "That is more pain than at any time in the last three days."
            + " Run './nape check' now to see whether you should talk to a doctor.\n";

    @TempDir
    Path home;

    @BeforeEach
    void workInUtc() {
        assertThat(CliRun.run(home, "settings", "set", "timeZone", "UTC").exitCode())
                .isZero();
    }

    @Test
    void logsPainWithEveryDetailAndSaysWhenWithoutEchoingTheNote() {
        Instant before = Instant.now();
        CliRun log = CliRun.run(
                home,
                "log",
                "pain",
                "4",
                "--where",
                "neck,shoulders",
                "--character",
                "aching",
                "--stiffness",
                "3",
                "--note",
                "after a long call");
        Instant after = Instant.now();

        assertThat(log.exitCode()).isZero();
        assertThat(log.out()).isIn(logged(4, before), logged(4, after));
        assertThat(log.err()).isEmpty();
        CliRun diary = CliRun.run(home, "diary", "--json");
        assertThat(diary.out())
                .contains("\"pain\" : 4", "\"stiffness\" : 3", "\"note\" : \"after a long call\"")
                .contains("\"where\" : [ \"neck\", \"shoulder-girdle\" ]", "\"character\" : [ \"aching\" ]");
    }

    @Test
    void acceptsTheLongAreaIdsAndEveryShortOne() {
        CliRun log = CliRun.run(home, "log", "pain", "2", "--where", "shoulder-girdle,head,shoulder-blades,arms,Neck");

        assertThat(log.exitCode()).isZero();
        assertThat(CliRun.run(home, "diary").out())
                .contains("pain 2/10, neck and shoulders and head and shoulder-blades and arms");
    }

    @Test
    void asksForACheckAfterPainOfSevenOrMore() {
        CliRun log = CliRun.run(home, "log", "pain", "7");

        assertThat(log.exitCode()).isZero();
        assertThat(log.out()).endsWith(".\n" + STRONG);
    }

    @Test
    void asksForACheckWhenPainIsHigherThanEveryEntryOfTheLastThreeDays() {
        assertThat(CliRun.run(home, "log", "pain", "2").out()).doesNotContain("./nape check");
        assertThat(CliRun.run(home, "log", "pain", "2").out()).doesNotContain("./nape check");

        CliRun higher = CliRun.run(home, "log", "pain", "3");

        assertThat(higher.out()).endsWith(".\n" + RISING);
    }

    @Test
    void doesNotAskForACheckForAFirstModeratePain() {
        CliRun log = CliRun.run(home, "log", "pain", "5");

        assertThat(log.out()).matches("Logged pain 5 at \\d\\d:\\d\\d\\.\n");
    }

    @Test
    void rejectsPainAboveTenAndStoresNothing() {
        CliRun log = CliRun.run(home, "log", "pain", "11", "--note", "my private words");

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("Pain must be from 0 to 10, was 11.\n");
        assertThat(log.out()).isEmpty();
        assertThat(CliRun.run(home, "diary", "--json").out()).contains("\"painEntries\" : [ ]");
    }

    @Test
    void rejectsPainThatIsNotAWholeNumber() {
        CliRun log = CliRun.run(home, "log", "pain", "4.5");

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("Pain must be a whole number from 0 to 10, was 4.5.\n");
    }

    @Test
    void rejectsAnUnknownAreaAndNamesTheKnownOnes() {
        CliRun log = CliRun.run(home, "log", "pain", "4", "--where", "neck,knee");

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("No such area; use neck, shoulders, head, shoulder-blades or arms.\n");
    }

    @Test
    void rejectsAnUnknownCharacter() {
        CliRun log = CliRun.run(home, "log", "pain", "4", "--character", "burning");

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("No such pain character; use aching, shooting, pulsating or stiffness.\n");
    }

    @Test
    void rejectsStiffnessOutOfRangeOrNotANumber() {
        CliRun tooHigh = CliRun.run(home, "log", "pain", "4", "--stiffness", "12");
        CliRun word = CliRun.run(home, "log", "pain", "4", "--stiffness", "high");

        assertThat(tooHigh.exitCode()).isEqualTo(1);
        assertThat(tooHigh.err()).isEqualTo("Stiffness must be from 0 to 10, was 12.\n");
        assertThat(word.exitCode()).isEqualTo(1);
        assertThat(word.err()).isEqualTo("Stiffness must be a whole number from 0 to 10.\n");
    }

    @Test
    void rejectsATooLongNoteWithoutShowingIt() {
        // 27 + 6 * 80 = 507 characters; the trailing space is stripped: 506.
        String note = "my neighbour's dog woke me " + "again ".repeat(80);

        CliRun log = CliRun.run(home, "log", "pain", "4", "--note", note);

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).isEqualTo("The note must be at most 500 characters, was 506; shorten it.\n");
        assertThat(log.err() + log.out()).doesNotContain("neighbour", "again");
    }

    @Test
    void keepsTheNoteOutOfEveryErrorEvenWithDebug() {
        CliRun log = CliRun.run(home, "log", "pain", "12", "--note", "my private words", "--debug");

        assertThat(log.exitCode()).isEqualTo(1);
        assertThat(log.err()).startsWith("Pain must be from 0 to 10, was 12.\n").doesNotContain("private");
    }

    @Test
    void asksWhatToLogWhenNothingIsNamed() {
        CliRun log = CliRun.run(home, "log");

        assertThat(log.exitCode()).isEqualTo(2);
        assertThat(log.err())
                .isEqualTo("Say what to log, such as './nape log pain 4'.\nRun 'nape log --help' for usage.\n");
    }

    @Test
    void treatsAMissingPainAsAUsageError() {
        CliRun log = CliRun.run(home, "log", "pain");

        assertThat(log.exitCode()).isEqualTo(2);
        assertThat(log.err()).startsWith("Missing required parameter: 'PAIN'.");
    }

    @Test
    void asksForANewCheckBeforeASessionAfterStrongPainSinceTheLastCheck() {
        CliRun.runWithInput(
                home,
                "{\"age\": 35, \"painLevel\": 3, \"daysSinceOnset\": 1, \"onset\": \"gradual\"}",
                "check",
                "--answers",
                "-");
        CliRun.run(home, "log", "pain", "8");

        CliRun start = CliRun.run(home, "start", "desk-b", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.err()).contains("You logged strong pain since your last check; run './nape check' again.");
    }

    @Test
    void forgetsStrongPainLoggedBeforeTheLatestCheck() {
        CliRun.run(home, "log", "pain", "8");
        CliRun.runWithInput(
                home,
                "{\"age\": 35, \"painLevel\": 3, \"daysSinceOnset\": 1, \"onset\": \"gradual\"}",
                "check",
                "--answers",
                "-");

        CliRun start = CliRun.run(home, "start", "desk-b", "--plain", "--speed", "1000");

        assertThat(start.exitCode()).isZero();
        assertThat(start.err()).isEmpty();
    }

    private static String logged(int pain, Instant at) {
        return "Logged pain " + pain + " at " + TIME.format(at.atZone(ZoneOffset.UTC)) + ".\n";
    }
}
