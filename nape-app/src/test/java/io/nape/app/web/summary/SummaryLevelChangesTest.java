package io.nape.app.web.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.text.Texts;
import io.nape.app.usecase.summary.DoctorSummary;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.Settings;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.programme.StoppedForPain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's "Level and its changes": the changes the person confirmed in the period, each with its reason. */
class SummaryLevelChangesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path home;

    @Test
    void areThoseConfirmedInThePeriodWordedWithTheirReasons() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant down = now.minus(Duration.ofDays(3));
        Instant declined = now.minus(Duration.ofDays(20));
        Instant longAgo = now.minus(Duration.ofDays(60));
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()))) {
            wiring.settingsRepository().save(Settings.defaults(BERLIN));
            StoppedForPain stop = new StoppedForPain(down, new RoutineId("isometric-complex"));
            wiring.programmeDecisions()
                    .save(ProposalDecision.confirmed(
                            stepDown(longAgo, DosageLevel.FULL, DosageLevel.STANDARD), longAgo.plusSeconds(60)));
            wiring.programmeDecisions()
                    .save(ProposalDecision.declined(
                            stepDown(declined, DosageLevel.STANDARD, DosageLevel.GENTLE), declined.plusSeconds(60)));
            wiring.programmeDecisions()
                    .save(ProposalDecision.confirmed(
                            new Proposal(
                                    ProposalId.of(ProposalKind.STEP_DOWN, down),
                                    down,
                                    ProposalKind.STEP_DOWN,
                                    DosageLevel.STANDARD,
                                    DosageLevel.GENTLE,
                                    stop),
                            down.plusSeconds(60)));

            DoctorSummary.Summary summary =
                    DoctorSummary.read(wiring, DoctorSummary.Request.parse(PersonId.LOCAL, "4"));

            assertThat(summary.levelChanges())
                    .as("only the confirmed change within the 4 weeks")
                    .containsExactly(new DoctorSummary.LevelChange(
                            down.plusSeconds(60), DosageLevel.STANDARD, DosageLevel.GENTLE, stop));
            String day = Texts.english()
                    .dayAndMonth(down.plusSeconds(60).atZone(BERLIN).toLocalDate());
            assertThat(SummaryPages.levelChanges(Texts.english(), summary.levelChanges(), BERLIN))
                    .containsExactly(day + ": from standard to gentle (a session stopped for pain)");
        }
    }

    private static Proposal stepDown(Instant at, DosageLevel from, DosageLevel to) {
        return new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, at),
                at,
                ProposalKind.STEP_DOWN,
                from,
                to,
                new StoppedForPain(at, new RoutineId("desk-a")));
    }
}
