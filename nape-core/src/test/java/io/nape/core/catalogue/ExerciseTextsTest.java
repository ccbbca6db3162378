package io.nape.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExerciseTextsTest {
    private static final Catalogue ENGLISH = CatalogueFixtures.isometricComplex();
    private static final Exercise TEMPLE = ENGLISH.getExercise(new ExerciseId("iso-temple-press"));

    private static ExerciseTexts russianTemple() {
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        cues.put(PhaseKind.PREPARE, "{side:Левую|Правую} ладонь к {side:левому|правому} виску");
        cues.put(PhaseKind.PRESS, "Головой в ладонь, медленно выдыхайте");
        cues.put(PhaseKind.RELEASE, "Медленно ослабьте усилие");
        cues.put(PhaseKind.RELAX, "Расслабьте шею и плечи");
        cues.put(PhaseKind.SWITCH_SIDE, "Теперь {side:левая|правая} рука");
        return new ExerciseTexts(
                "Давление виском на ладонь",
                TEMPLE.steps().stream().map(step -> "Шаг.").toList(),
                cues,
                TEMPLE.notes().stream().map(note -> "Заметка.").toList());
    }

    private static PhaseCues russianPhaseCues() {
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseCues.ENGLISH.cues());
        cues.put(PhaseKind.BREATHE, "Медленно вдохните");
        cues.put(PhaseKind.REST, "Отдых. Скоро следующее упражнение");
        return new PhaseCues(cues);
    }

    @Test
    void withTextsKeepsIdFiguresAndStructure() {
        Exercise russian = TEMPLE.withTexts(russianTemple());

        assertThat(russian.name()).isEqualTo("Давление виском на ладонь");
        assertThat(russian.withTexts(TEMPLE.texts())).isEqualTo(TEMPLE);
    }

    @Test
    void fillsTheSideWordOfTheLanguageForEachSide() {
        Exercise russian = TEMPLE.withTexts(russianTemple());

        assertThat(russian.cueFor(PhaseKind.PREPARE, Side.LEFT)).contains("Левую ладонь к левому виску");
        assertThat(russian.cueFor(PhaseKind.PREPARE, Side.RIGHT)).contains("Правую ладонь к правому виску");
        assertThat(TEMPLE.cueFor(PhaseKind.PREPARE, Side.RIGHT)).contains("right palm on your right temple");
    }

    @Test
    void refusesTextsWithOtherCountsOrCues() {
        ExerciseTexts texts = russianTemple();

        assertThatThrownBy(() -> TEMPLE.withTexts(new ExerciseTexts(
                        texts.name(),
                        java.util.stream.Stream.concat(texts.steps().stream(), java.util.stream.Stream.of("Ещё."))
                                .toList(),
                        texts.cues(),
                        texts.notes())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps");
        assertThatThrownBy(() -> TEMPLE.withTexts(
                        new ExerciseTexts(texts.name(), texts.steps(), texts.cues(), List.of("Одна.", "Две.", "Три."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes");
        assertThatThrownBy(() -> TEMPLE.withTexts(new ExerciseTexts(
                        texts.name(), texts.steps(), Map.of(PhaseKind.PREPARE, "Сядьте"), texts.notes())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cues");
    }

    @Test
    void refusesACueOfMoreThanEightWordsAndEmptyTexts() {
        assertThatThrownBy(() -> new ExerciseTexts(
                        "Имя",
                        List.of("Шаг."),
                        Map.of(PhaseKind.PREPARE, "раз два три четыре пять шесть семь восемь девять"),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 9");
        assertThatThrownBy(() -> new ExerciseTexts(" ", List.of("Шаг."), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExerciseTexts("Имя", List.of(" "), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatalogueWithTextsRefusesAnUnknownIdAndKeepsTheOthers() {
        Catalogue russian = ENGLISH.withTexts(Map.of(TEMPLE.id(), russianTemple()), Map.of(), russianPhaseCues());

        assertThat(russian.getExercise(TEMPLE.id()).name()).isEqualTo("Давление виском на ладонь");
        assertThat(russian.getExercise(new ExerciseId("iso-forehead-press")))
                .isEqualTo(ENGLISH.getExercise(new ExerciseId("iso-forehead-press")));
        assertThatThrownBy(() -> ENGLISH.withTexts(
                        Map.of(new ExerciseId("no-such"), russianTemple()), Map.of(), PhaseCues.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such");
    }

    @Test
    void aTimelineUsesTheCataloguesPhaseCuesWhereAnExerciseHasNone() {
        Catalogue russian = ENGLISH.withTexts(Map.of(), Map.of(), russianPhaseCues());
        Routine complex = russian.getRoutine("isometric-complex");

        List<String> english = Timeline.expand(complex, ENGLISH, DosageLevel.GENTLE).phases().stream()
                .map(Phase::cue)
                .toList();
        List<String> cues = Timeline.expand(complex, russian, DosageLevel.GENTLE).phases().stream()
                .map(Phase::cue)
                .toList();

        assertThat(english).contains("Breathe in slowly", "Rest. Next exercise coming");
        assertThat(cues)
                .contains("Медленно вдохните", "Отдых. Скоро следующее упражнение")
                .doesNotContain("Breathe in slowly", "Rest. Next exercise coming");
    }

    @Test
    void phaseCuesNeedACueForEveryKind() {
        assertThatThrownBy(() -> new PhaseCues(Map.of(PhaseKind.PREPARE, "Сядьте")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PRESS");
    }
}
