package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.CatalogueFixtures;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.Side;
import io.nape.core.session.Timeline;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Micro-breaks filled from the cycle of the isometric complex: short, rotating, never repeating. */
class PlanDeskBreaksTest {
    private static final Catalogue COMPLEX = CatalogueFixtures.isometricComplex();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    /** The fake lengths of every routine, with the breaks of the fixture's complex. */
    private static final RoutineLengths LENGTHS = new RoutineLengths() {
        private final FixedRoutineLengths fixed = FixedRoutineLengths.everyRoutine();
        private final RoutineLengths catalogue = RoutineLengths.of(COMPLEX);

        @Override
        public Optional<Duration> find(RoutineId routine, DosageLevel level) {
            return fixed.find(routine, level);
        }

        @Override
        public Optional<DeskBreaks> deskBreaks(DosageLevel level, int microBreakMinutes) {
            return catalogue.deskBreaks(level, microBreakMinutes);
        }
    };

    private final PlanEngine engine = new PlanEngine(LENGTHS);
    private final Settings berlin = Settings.defaults(BERLIN).withLevel(DosageLevel.STANDARD);

    private static List<PlanEvent> breaks(Plan plan) {
        return plan.events().stream()
                .filter(event -> event.kind() == EventKind.MICRO_BREAK)
                .toList();
    }

    private static DeskBreak deskBreak(PlanEvent event) {
        return event.findDeskBreak().orElseThrow();
    }

    static Stream<Settings> settingsAtEveryLevelAndLength() {
        List<Settings> all = new ArrayList<>();
        for (DosageLevel level : DosageLevel.values()) {
            for (int minutes = 2; minutes <= 5; minutes++) {
                all.add(Settings.defaults(BERLIN)
                        .withLevel(level)
                        .withBreaks(BreakRules.defaults().withMicroBreakMinutes(minutes)));
            }
        }
        return all.stream();
    }

    @Test
    void aDefaultDayHasSixBreaksOfAtMostTwoMinutesEachCutFromTheComplex() {
        List<PlanEvent> day = breaks(engine.plan(berlin, MONDAY, MONDAY));

        assertThat(day).hasSize(6);
        assertThat(day).allSatisfy(event -> {
            assertThat(event.routine()).isEqualTo(PlanEngine.DESK_BREAK);
            assertThat(deskBreak(event).length()).isLessThanOrEqualTo(Duration.ofMinutes(2));
            assertThat(event.minutes()).isLessThanOrEqualTo(2);
            assertThat(event.level()).isEqualTo(DosageLevel.STANDARD);
        });
    }

    @ParameterizedTest
    @MethodSource("settingsAtEveryLevelAndLength")
    void noBreakIsLongerThanMicroBreakMinutesNorSharesAnExerciseWithTheOneBefore(Settings settings) {
        List<PlanEvent> weeks = breaks(engine.plan(settings, MONDAY, MONDAY.plusDays(27)));
        Duration longest = Duration.ofMinutes(settings.breaks().microBreakMinutes());

        assertThat(weeks).isNotEmpty();
        for (int index = 0; index < weeks.size(); index++) {
            DeskBreak current = deskBreak(weeks.get(index));
            assertThat(current.length()).isLessThanOrEqualTo(longest);
            if (index > 0) {
                Set<Object> shared =
                        new HashSet<>(deskBreak(weeks.get(index - 1)).exercises());
                shared.retainAll(current.exercises());
                assertThat(shared)
                        .as(
                                "breaks at %s and %s",
                                weeks.get(index - 1).atText(), weeks.get(index).atText())
                        .isEmpty();
            }
        }
    }

    @Test
    void theRotationCarriesOverFromFridayToMondayWithoutRepeating() {
        LocalDate friday = MONDAY.plusDays(4);
        List<PlanEvent> days = breaks(engine.plan(berlin, friday, friday.plusDays(3)));
        PlanEvent lastOfFriday = days.stream()
                .filter(event -> event.day().equals(friday))
                .reduce((first, second) -> second)
                .orElseThrow();
        PlanEvent firstOfMonday = days.stream()
                .filter(event -> event.day().equals(friday.plusDays(3)))
                .findFirst()
                .orElseThrow();

        assertThat(deskBreak(firstOfMonday).exercises())
                .doesNotContainAnyElementsOf(deskBreak(lastOfFriday).exercises());
        assertThat(deskBreak(firstOfMonday)).isNotEqualTo(deskBreak(lastOfFriday));
    }

    @Test
    void theBreaksOfTwoWorkingDaysCoverExercisesOneToNineOnBothSides() {
        List<PlanEvent> twoDays = breaks(engine.plan(berlin, MONDAY, MONDAY.plusDays(1)));
        Set<String> covered = new HashSet<>();
        for (PlanEvent event : twoDays) {
            for (BreakPiece piece : deskBreak(event).pieces()) {
                if (piece.bothSides() || !piece.sided()) {
                    covered.add(piece.number() + "");
                } else {
                    covered.add(piece.number() + "" + piece.side());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int number = 1; number <= 9; number++) {
            expected.add(number + "");
        }
        expected.remove("3");
        expected.remove("6");
        expected.addAll(List.of("3" + Side.LEFT, "3" + Side.RIGHT, "6" + Side.LEFT, "6" + Side.RIGHT));

        assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theMorningAndEveningStayTheWholeComplex() {
        Plan plan = engine.plan(berlin, MONDAY, MONDAY);

        assertThat(plan.events())
                .filteredOn(event -> event.kind() == EventKind.MORNING || event.kind() == EventKind.EVENING)
                .extracting(PlanEvent::routine)
                .containsExactly(PlanEngine.ISOMETRIC_COMPLEX, PlanEngine.ISOMETRIC_COMPLEX);
        assertThat(plan.hasDeskBreaks()).isTrue();
        assertThat(plan.leftOut()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DosageLevel.class)
    void atOneMinuteThePressesAreNamedAsLeftOutAndTheMovementsTakeTurns(DosageLevel level) {
        Settings settings =
                berlin.withLevel(level).withBreaks(BreakRules.defaults().withMicroBreakMinutes(1));
        Plan plan = engine.plan(settings, MONDAY, MONDAY);

        assertThat(plan.leftOut()).extracting(BreakPiece::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(breaks(plan))
                .allSatisfy(event -> assertThat(deskBreak(event).length()).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(breaks(plan))
                .extracting(event -> deskBreak(event).numbers().get(0))
                .isSubsetOf(7, 8, 9);
    }

    @Test
    void theSameLocalDayPlansTheSameBreaksInEveryRunAndTimeZone() {
        List<DeskBreak> first = breaks(engine.plan(berlin, MONDAY, MONDAY)).stream()
                .map(PlanDeskBreaksTest::deskBreak)
                .toList();
        List<DeskBreak> again = breaks(new PlanEngine(LENGTHS).plan(berlin, MONDAY, MONDAY)).stream()
                .map(PlanDeskBreaksTest::deskBreak)
                .toList();
        List<DeskBreak> tokyo = breaks(engine.plan(berlin.withTimeZone(TOKYO), MONDAY, MONDAY)).stream()
                .map(PlanDeskBreaksTest::deskBreak)
                .toList();
        List<DeskBreak> inAWeek = breaks(engine.plan(berlin, MONDAY.minusDays(3), MONDAY)).stream()
                .filter(event -> event.day().equals(MONDAY))
                .map(PlanDeskBreaksTest::deskBreak)
                .toList();

        assertThat(again).isEqualTo(first);
        assertThat(tokyo).isEqualTo(first);
        assertThat(inAWeek).isEqualTo(first);
    }

    @Test
    void withoutTheComplexTheBreaksTakeTheDeskRoutinesInTurn() {
        Plan plan = new PlanEngine(FixedRoutineLengths.everyRoutine()).plan(berlin, MONDAY, MONDAY);

        assertThat(breaks(plan)).extracting(PlanEvent::routine).first().isEqualTo(new RoutineId("desk-a"));
        assertThat(plan.hasDeskBreaks()).isFalse();
    }

    @Test
    void theRoutineOfABreakPlaysExactlyItsPiecesInItsLength() {
        Routine complex = COMPLEX.getRoutine("isometric-complex");
        for (DeskBreak deskBreak :
                DeskBreaks.of(COMPLEX, complex, DosageLevel.STANDARD, 2).cycle()) {
            Routine routine = DeskBreaks.routineOf(deskBreak, complex, PlanEngine.DESK_BREAK);
            Timeline timeline = Timeline.expand(routine, COMPLEX, DosageLevel.STANDARD);

            assertThat(timeline.total()).isEqualTo(deskBreak.length());
            assertThat(routine.part()).isEqualTo(complex.part());
            assertThat(timeline.phases().stream().map(phase -> phase.exercise()).distinct())
                    .containsExactlyElementsOf(deskBreak.pieces().stream()
                            .map(BreakPiece::exercise)
                            .toList());
            for (BreakPiece piece : deskBreak.pieces()) {
                piece.findSide().ifPresent(side -> assertThat(timeline.phases())
                        .filteredOn(phase -> phase.exercise().equals(piece.exercise()))
                        .allSatisfy(phase -> assertThat(phase.side()).isEqualTo(side)));
            }
        }
    }
}
