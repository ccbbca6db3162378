package io.nape.app.cli.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Play sessions through the real command line and read them back from the real SQLite file. */
class SessionCommandsTest {
    @TempDir
    Path home;

    @Test
    void recordsACompletedSessionAndListsIt() {
        CliRun start = CliRun.run(home, "start", "desk-a", "--plain", "--speed", "1000", "--level", "gentle");

        assertThat(start.exitCode()).isZero();
        assertThat(start.out()).contains("Well done: the session is complete.");
        assertThat(start.out()).endsWith("Saved session 1: desk-a, completed, 5 of 5 exercises completed.\n");

        CliRun history = CliRun.run(home, "history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out().lines()).hasSize(2);
        assertThat(history.out().lines().toList().get(1))
                .startsWith("1 ")
                .contains("desk-a", "gentle", "completed", "5/5");
    }

    @Test
    void recordsAStopBecauseItHurtsAndSaysWhatToDoNext() {
        CliRun start = CliRun.runWithInput(home, "p\n", "start", "desk-b", "--plain");

        assertThat(start.exitCode()).isZero();
        assertThat(start.out()).contains("Stopped because it hurts.", "./nape check");
        assertThat(start.out()).contains("Saved session 1: desk-b, stopped-for-pain, 0 of 4 exercises completed.");
    }

    @Test
    void printsTheHistoryAsJsonNewestFirst() {
        CliRun.runWithInput(home, "q\n", "start", "desk-a", "--plain");
        CliRun.runWithInput(home, "p\n", "start", "desk-b", "--plain");

        CliRun history = CliRun.run(home, "history", "--json");

        assertThat(history.exitCode()).isZero();
        assertThat(history.out())
                .contains("\"id\" : 2", "\"routine\" : \"desk-b\"", "\"outcome\" : \"stopped-for-pain\"")
                .contains("\"id\" : 1", "\"outcome\" : \"quit\"", "\"status\" : \"not-started\"");
        assertThat(history.out().indexOf("\"id\" : 2")).isLessThan(history.out().indexOf("\"id\" : 1"));
    }

    @Test
    void saysSoWhenThereIsNoSessionYet() {
        CliRun history = CliRun.run(home, "history");

        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).isEqualTo("No sessions yet. Start one with './nape start desk-a'.\n");
        assertThat(CliRun.run(home, "history", "--json").out()).isEqualTo("[ ]\n");
    }

    @Test
    void rejectsALimitBelowOne() {
        CliRun history = CliRun.run(home, "history", "--limit", "0");

        assertThat(history.exitCode()).isEqualTo(1);
        assertThat(history.err()).isEqualTo("--limit must be 1-100000, was 0.\n");
    }

    @Test
    void rejectsAnUnknownRoutineWithoutRecordingAnything() {
        CliRun start = CliRun.run(home, "start", "desk-z", "--plain");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err()).startsWith("No routine named \"desk-z\".");
        assertThat(CliRun.run(home, "history").out()).startsWith("No sessions yet.");
    }

    @Test
    void rejectsAnUnknownLevel() {
        CliRun start = CliRun.run(home, "start", "desk-a", "--level", "extreme");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err()).contains("gentle", "standard", "full").doesNotContain("extreme");
    }
}
