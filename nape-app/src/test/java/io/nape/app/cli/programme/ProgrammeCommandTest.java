package io.nape.app.cli.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme's proposals and the answers to them through the real command line into the real SQLite file. */
class ProgrammeCommandTest {
    private static final Pattern STEP_DOWN = Pattern.compile("Proposal (step-down@\\S+):");

    @TempDir
    Path home;

    @BeforeEach
    void workInUtc() {
        assertThat(CliRun.run(home, "settings", "set", "timeZone", "UTC").exitCode())
                .isZero();
    }

    private static String today() {
        return DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
    }

    /** At standard, two pains of 2, then one of 7: 5 points above the mean of the week before. */
    private String aPainWellAboveTheMean() {
        assertThat(CliRun.run(home, "settings", "set", "level", "standard").exitCode())
                .isZero();
        for (String pain : new String[] {"2", "2", "7"}) {
            assertThat(CliRun.run(home, "log", "pain", pain).exitCode()).isZero();
        }
        CliRun shown = CliRun.run(home, "programme");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        Matcher proposal = STEP_DOWN.matcher(shown.out());
        assertThat(proposal.find()).as(shown.out()).isTrue();
        return proposal.group(1);
    }

    @Test
    void showsANewPersonAtGentleAndWhatHoldsAStepUp() {
        CliRun shown = CliRun.run(home, "programme");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out())
                .isEqualTo("Your level: gentle.\n"
                        + "Nothing to decide now.\n"
                        + "\n"
                        + "Not stepping up yet:\n"
                        + "  - Fewer than 10 days have passed since you began or since your last decision on the"
                        + " level.\n"
                        + "  - You have not taken a check yet: run ./nape check.\n");
    }

    @Test
    void aPainWellAboveTheMeanProposesAStepDownWithItsReasonAndHowToAnswer() {
        String id = aPainWellAboveTheMean();

        CliRun shown = CliRun.run(home, "programme");

        assertThat(shown.out())
                .contains("Proposal " + id + ":\n"
                        + "  Move one level down, from standard to gentle.\n"
                        + "  On " + today() + " you logged a pain of 7, 2 points or more above your mean of 2 in"
                        + " the week before.\n"
                        + "  To answer, run ./nape programme confirm " + id + " or ./nape programme decline " + id
                        + ".\n")
                .contains("  - A step down waits for your answer.\n");
    }

    @Test
    void confirmingAStepDownSetsThePlansLevelAndKeepsTheDecisionInTheHistory() {
        String id = aPainWellAboveTheMean();

        CliRun confirmed = CliRun.run(home, "programme", "confirm", id);

        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).isEqualTo("Confirmed: your plan now runs at gentle.\n");
        assertThat(CliRun.run(home, "settings").out()).containsPattern("level\\s+gentle");
        assertThat(CliRun.run(home, "programme").out()).startsWith("Your level: gentle.\nNothing to decide now.\n");
        assertThat(CliRun.run(home, "programme", "history").out())
                .isEqualTo(today() + ": standard → gentle, for a pain well above your mean; confirmed.\n");
        assertThat(CliRun.run(home, "programme", "history", "--json").out())
                .contains("\"id\" : \"" + id + "\"")
                .contains("\"earlierEntries\" : 2")
                .contains("\"answer\" : \"confirmed\"");
    }

    @Test
    void decliningKeepsThePlanAndAnswersTheProposalOnce() {
        String id = aPainWellAboveTheMean();

        CliRun declined = CliRun.run(home, "programme", "decline", id);
        CliRun again = CliRun.run(home, "programme", "confirm", id);

        assertThat(declined.exitCode()).as(declined.err()).isZero();
        assertThat(declined.out()).isEqualTo("Declined: your plan stays at standard.\n");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("No such proposal is open now. Run ./nape programme to see what is open.\n");
        assertThat(CliRun.run(home, "settings").out()).containsPattern("level\\s+standard");
        assertThat(CliRun.run(home, "programme", "history").out()).endsWith("; declined.\n");
    }

    @Test
    void refusesAnIdNoProposalHasInOneSentence() {
        CliRun refused = CliRun.run(home, "programme", "confirm", "step-up@2026-01-01T00:00:00Z");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err())
                .isEqualTo("No such proposal is open now. Run ./nape programme to see" + " what is open.\n");
        assertThat(CliRun.run(home, "programme", "history", "--json").out().strip())
                .isEqualTo("[ ]");
    }
}
