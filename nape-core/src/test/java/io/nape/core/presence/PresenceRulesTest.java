package io.nape.core.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.plan.BreakRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresenceRulesTest {
    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    private final PresenceRules rules = rules(BreakRules.defaults());

    private static Instant at(int minutesAfterNine) {
        return NINE.plus(Duration.ofMinutes(minutesAfterNine));
    }

    private static PresenceReading reading(PresenceState state, int sinceMinute) {
        return new PresenceReading(state, at(sinceMinute), "fake");
    }

    private static HeldReminder breakDueAt(int minute) {
        return new HeldReminder("break-" + minute, false, at(minute));
    }

    @Test
    void aBreakDueWhileTheDeskIsEmptyForTwentyMinutesIsANaturalBreak() {
        // Away from 09:50; the break falls due at 10:00, the person is back at 10:10.
        HeldReminder tenOClock = breakDueAt(60);

        assertThat(rules.decide(tenOClock, reading(PresenceState.AWAY, 50), at(60)))
                .isEqualTo(Verdict.NATURAL_BREAK);
        assertThat(PresenceRules.nextBreakAfterReturn(at(70), Duration.ofMinutes(60)))
                .isEqualTo(at(130));
    }

    @Test
    void aShortAbsenceIsNotABreakAndTheReminderWaitsForTheReturn() {
        HeldReminder tenOClock = breakDueAt(60);

        assertThat(rules.decide(tenOClock, reading(PresenceState.AWAY, 57), at(60)))
                .isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(tenOClock, reading(PresenceState.AWAY, 57), at(61)))
                .isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(tenOClock, reading(PresenceState.PRESENT, 61), at(61)))
                .isEqualTo(Verdict.FIRE);
    }

    @Test
    void awayExactlyTheNaturalBreakCountsAndAMinuteLessDoesNot() {
        HeldReminder tenOClock = breakDueAt(60);

        assertThat(rules.decide(tenOClock, reading(PresenceState.AWAY, 55), at(60)))
                .isEqualTo(Verdict.NATURAL_BREAK);
        assertThat(rules.decide(tenOClock, reading(PresenceState.AWAY, 56), at(60)))
                .isEqualTo(Verdict.WAIT);
    }

    @Test
    void aFortyFiveMinuteMeetingHoldsTheBreakThenDropsItPastTheLimit() {
        HeldReminder tenOClock = breakDueAt(60);
        PresenceReading inCall = reading(PresenceState.IN_CALL, 45);

        assertThat(rules.decide(tenOClock, inCall, at(60))).isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(tenOClock, inCall, at(90))).isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(tenOClock, inCall, at(91))).isEqualTo(Verdict.SKIPPED_BUSY);
    }

    @Test
    void aMeetingShorterThanTheLimitEndsInOneReminder() {
        HeldReminder tenOClock = breakDueAt(60);

        assertThat(rules.decide(tenOClock, reading(PresenceState.FULL_SCREEN, 40), at(75)))
                .isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(tenOClock, reading(PresenceState.PRESENT, 85), at(85)))
                .isEqualTo(Verdict.FIRE);
    }

    @Test
    void theEveningSessionWaitsOnALockedScreenUpToTwoHours() {
        HeldReminder evening = new HeldReminder("evening", true, at(12 * 60));
        PresenceReading locked = reading(PresenceState.LOCKED, 11 * 60);

        assertThat(rules.decide(evening, locked, at(12 * 60))).isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(evening, locked, at(12 * 60 + 119))).isEqualTo(Verdict.WAIT);
        assertThat(rules.decide(evening, locked, at(14 * 60))).isEqualTo(Verdict.MISSED_AWAY);
        assertThat(rules.decide(evening, reading(PresenceState.PRESENT, 12 * 60 + 30), at(12 * 60 + 30)))
                .isEqualTo(Verdict.FIRE);
    }

    @Test
    void theMorningSessionIsNeverANaturalBreak() {
        HeldReminder morning = new HeldReminder("morning", true, at(-90));

        assertThat(rules.decide(morning, reading(PresenceState.AWAY, -200), at(-90)))
                .isEqualTo(Verdict.WAIT);
    }

    @Test
    void ofSeveralHeldRemindersOnlyTheLatestIsShownOnce() {
        HeldReminder ten = breakDueAt(60);
        HeldReminder eleven = breakDueAt(120);

        Map<HeldReminder, Verdict> verdicts =
                rules.decideAll(List.of(eleven, ten), reading(PresenceState.PRESENT, 125), at(125));

        assertThat(verdicts).containsEntry(eleven, Verdict.FIRE).containsEntry(ten, Verdict.SUPERSEDED);
        assertThat(verdicts.values()).filteredOn(Verdict.FIRE::equals).hasSize(1);
    }

    @Test
    void anEightHourSuspendGivesAtMostOneReminder() {
        List<HeldReminder> held = List.of(breakDueAt(60), breakDueAt(120), breakDueAt(180), breakDueAt(240));

        Map<HeldReminder, Verdict> verdicts = rules.decideAll(held, reading(PresenceState.PRESENT, 8 * 60), at(8 * 60));

        assertThat(verdicts.values()).filteredOn(Verdict.FIRE::equals).hasSize(1);
        assertThat(verdicts).containsEntry(breakDueAt(240), Verdict.FIRE);
    }

    @Test
    void aLockedScreenWinsOverThePageThenBusyThenPresence() {
        PresenceReading page = reading(PresenceState.PRESENT, 10);
        PresenceReading idle = reading(PresenceState.AWAY, 0);
        PresenceReading call = reading(PresenceState.IN_CALL, 5);
        PresenceReading locked = reading(PresenceState.LOCKED, 12);

        assertThat(PresenceRules.combine(List.of(page, idle, call, locked), at(15))
                        .state())
                .isEqualTo(PresenceState.LOCKED);
        assertThat(PresenceRules.combine(List.of(page, idle, call), at(15)).state())
                .isEqualTo(PresenceState.IN_CALL);
        assertThat(PresenceRules.combine(List.of(idle, page), at(15)).state()).isEqualTo(PresenceState.PRESENT);
    }

    @Test
    void awayFromEverySensorCountsFromTheLastInputAnyOfThemSaw() {
        PresenceReading desktop = reading(PresenceState.AWAY, 0);
        PresenceReading page = reading(PresenceState.AWAY, 7);

        assertThat(PresenceRules.combine(List.of(desktop, page), at(15))).isEqualTo(page);
    }

    @Test
    void withNoSensorThePersonCountsAsPresent() {
        assertThat(PresenceRules.combine(List.of(), at(15)).state()).isEqualTo(PresenceState.PRESENT);
    }

    @Test
    void aLongerNaturalBreakSettingIsHonoured() {
        PresenceRules patient = rules(BreakRules.defaults().withNaturalBreakMinutes(15));

        assertThat(patient.decide(breakDueAt(60), reading(PresenceState.AWAY, 50), at(60)))
                .isEqualTo(Verdict.WAIT);
        assertThat(patient.decide(breakDueAt(60), reading(PresenceState.AWAY, 45), at(60)))
                .isEqualTo(Verdict.NATURAL_BREAK);
    }

    private static PresenceRules rules(BreakRules settings) {
        return PresenceRules.ofMinutes(settings.naturalBreakMinutes(), settings.maxPostponeMinutes());
    }
}
