package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Side;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts files of a language, checked against the catalogue file they translate. */
class CatalogueTextsTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String ENGLISH = String.join(
            "\n",
            "part: posture",
            "exercises:",
            "  - id: my-turn",
            "    name: My turn",
            "    style: isometric",
            "    steps: [Sit tall., Hold 5-7 seconds.]",
            "    dosage:",
            "      hold: 5-7",
            "      sides: both",
            "    cues:",
            "      prepare: Sit tall",
            "      press: Turn {side}, breathe out",
            "    notes: [Nape holds 5-7 seconds.]",
            "routines:",
            "  - id: my-routine",
            "    name: My routine",
            "    summary: One turn.",
            "    exercises: [my-turn]",
            "");
    private static final String RUSSIAN_TEXTS = String.join(
            "\n",
            "exercises:",
            "  - id: my-turn",
            "    name: Мой поворот",
            "    steps: [Сядьте прямо., Держите 5–7 секунд.]",
            "    cues:",
            "      prepare: Сядьте прямо",
            "      press: Поворот {side:влево|вправо}, выдыхайте",
            "    notes: [Nape держит 5–7 секунд.]",
            "routines:",
            "  - id: my-routine",
            "    name: Мой комплекс",
            "    summary: Один поворот.",
            "");
    private static final String PHASE_CUES = String.join(
            "\n",
            "cues:",
            "  prepare: Займите положение",
            "  press: Продолжайте",
            "  hold: Продолжайте",
            "  release: Медленно отпустите",
            "  relax: Расслабьтесь",
            "  move: Продолжайте",
            "  breathe: Вдохните",
            "  switch-side: Теперь {side:левая|правая} сторона",
            "  rest: Отдых",
            "");

    private static CatalogueLoad load(String texts) {
        return load(texts, PHASE_CUES, true);
    }

    private static CatalogueLoad load(String texts, String phaseCues, boolean builtIn) {
        CatalogueSource english = new CatalogueSource("mine.yaml", ENGLISH, builtIn);
        CatalogueLanguage russian = new CatalogueLanguage(
                RUSSIAN,
                new CatalogueSource("ru/phase-cues.yaml", phaseCues, builtIn),
                Map.of("mine.yaml", new CatalogueSource("ru/mine.yaml", texts, builtIn)));
        return new CatalogueLoader().load(List.of(english), List.of(russian));
    }

    @Test
    void givesTheCatalogueWithTheTextsOfTheLanguage() {
        CatalogueLoad load = load(RUSSIAN_TEXTS);
        Catalogue russian = load.catalogue(RUSSIAN);

        assertThat(load.problems()).isEmpty();
        assertThat(russian.findExercise("my-turn").orElseThrow().name()).isEqualTo("Мой поворот");
        assertThat(russian.findExercise("my-turn").orElseThrow().cueFor(PhaseKind.PRESS, Side.RIGHT))
                .contains("Поворот вправо, выдыхайте");
        assertThat(russian.getRoutine("my-routine").summary()).isEqualTo("Один поворот.");
        assertThat(load.catalogue().findExercise("my-turn").orElseThrow().name())
                .isEqualTo("My turn");
    }

    @Test
    void aTimelineOfTheLanguageSpeaksItsOwnCuesAndPhaseCues() {
        Catalogue russian = load(RUSSIAN_TEXTS).catalogue(RUSSIAN);
        Timeline timeline = Timeline.expand(russian.getRoutine("my-routine"), russian, DosageLevel.GENTLE);

        assertThat(timeline.phases())
                .extracting(Phase::cue)
                .contains(
                        "Сядьте прямо",
                        "Вдохните",
                        "Поворот влево, выдыхайте",
                        "Медленно отпустите",
                        "Теперь правая сторона",
                        "Поворот вправо, выдыхайте");
    }

    @Test
    void reportsEachProblemOfATextsFileWithFileAndLine() {
        String text = String.join(
                "\n",
                "exercises:", //                                              1
                "  - id: my-turn", //                                         2
                "    name: Мой поворот за 3 секунды", //                      3
                "    steps: [Сядьте прямо.]", //                              4
                "    cues:", //                                               5
                "      prepare: Сядьте прямо и очень спокойно ровно дышите всё время", // 6
                "      press: Поворот {side}, выдыхайте", //                  7
                "      move: Двигайтесь", //                                  8
                "    notes: [\"\"]", //                                       9
                "  - id: no-such-exercise", //                               10
                "    name: Нет такого", //                                    11
                "    steps: [Шаг.]", //                                       12
                "routines:", //                                              13
                "  - id: my-routine", //                                     14
                "    name: Мой комплекс", //                                  15
                "    summary: Одна минута.", //                               16
                "    colour: red", //                                        17
                "");

        assertThat(load(text).problems())
                .containsExactly(
                        "ru/mine.yaml:3: 'name' has the figures [3] but the English has []; keep every figure as it is",
                        "ru/mine.yaml:4: 'steps' has 1 steps but the English has 2; give one Russian step for each",
                        "ru/mine.yaml:9: note 1 must not be empty",
                        "ru/mine.yaml:6: cue 'prepare' must have 1-8 words, has 9",
                        "ru/mine.yaml:7: cue 'press' uses {side}, which gives the English word; write"
                                + " {side:left-word|right-word} in Russian",
                        "ru/mine.yaml:8: cue 'move' is not in the English; expected one of: prepare, press",
                        "ru/mine.yaml:10: there is no exercise \"no-such-exercise\" in the English file; check the id",
                        "ru/mine.yaml:17: unknown key 'colour'; expected one of: id, name, notes, summary");
        assertThat(load(text).skippedFiles()).containsExactly("ru/mine.yaml");
        assertThat(load(text)
                        .catalogue(RUSSIAN)
                        .findExercise("my-turn")
                        .orElseThrow()
                        .name())
                .isEqualTo("My turn");
    }

    @Test
    void reportsAMissingCueAMissingSideAndAChangedFigureInANote() {
        String text = String.join(
                "\n",
                "exercises:",
                "  - id: my-turn",
                "    name: Мой поворот",
                "    steps: [Сядьте прямо., Держите 5–7 секунд.]",
                "    cues:",
                "      press: Поворот, выдыхайте",
                "    notes: [Nape держит 5–8 секунд.]",
                "routines:",
                "  - id: my-routine",
                "    name: Мой комплекс",
                "    summary: Один поворот.",
                "");

        assertThat(load(text).problems())
                .containsExactly(
                        "ru/mine.yaml:7: note 1 has the figures [5, 8] but the English has [5, 7]; keep every figure"
                                + " as it is",
                        "ru/mine.yaml:6: cue 'press' must name the side with {side:left-word|right-word} exactly when"
                                + " the English cue has {side}",
                        "ru/mine.yaml:6: cue 'prepare' is missing; the English has one");
    }

    @Test
    void aBuiltInFileNeedsTextsForEveryEntryAndAFileOfItsOwn() {
        String onlyTheRoutine = String.join(
                "\n", "routines:", "  - id: my-routine", "    name: Мой комплекс", "    summary: Один поворот.", "");
        CatalogueSource english = new CatalogueSource("catalogue/mine.yaml", ENGLISH, true);
        CatalogueLanguage noFile = new CatalogueLanguage(
                RUSSIAN,
                new CatalogueSource("catalogue/ru/phase-cues.yaml", PHASE_CUES, true),
                Map.of("catalogue/other.yaml", new CatalogueSource("catalogue/ru/other.yaml", RUSSIAN_TEXTS, true)));

        assertThat(load(onlyTheRoutine).problems())
                .containsExactly("ru/mine.yaml:1: exercise \"my-turn\" of mine.yaml has no Russian texts here; every"
                        + " built-in exercise needs them");
        assertThat(new CatalogueLoader().load(List.of(english), List.of(noFile)).problems())
                .containsExactly(
                        "catalogue/mine.yaml:1: the file has no Russian texts; add catalogue/ru/mine.yaml with the"
                                + " texts of every entry",
                        "catalogue/ru/other.yaml:1: there is no catalogue file catalogue/other.yaml for these texts;"
                                + " name the file after the catalogue file it translates");
    }

    @Test
    void thePersonsOwnFileNeedsNoTextsAndKeepsItsEnglish() {
        String onlyTheRoutine = String.join(
                "\n", "routines:", "  - id: my-routine", "    name: Мой комплекс", "    summary: Один поворот.", "");
        CatalogueLoad load = load(onlyTheRoutine, PHASE_CUES, false);

        assertThat(load.problems()).isEmpty();
        assertThat(load.catalogue(RUSSIAN).findExercise("my-turn").orElseThrow().name())
                .isEqualTo("My turn");
        assertThat(load.catalogue(RUSSIAN).getRoutine("my-routine").name()).isEqualTo("Мой комплекс");
    }

    @Test
    void reportsPhaseCuesThatMissAKindOrAreTooLong() {
        String cues = String.join(
                "\n",
                "cues:",
                "  prepare: Займите положение",
                "  press: Продолжайте",
                "  hold: Продолжайте",
                "  release: Медленно отпустите",
                "  relax: Расслабьтесь, дышите спокойно и ровно, не торопитесь никуда совсем",
                "  move: Продолжайте",
                "  breathe: Вдохните",
                "  switch-side: Теперь другая сторона",
                "");

        assertThat(load(RUSSIAN_TEXTS, cues, true).problems())
                .containsExactly(
                        "ru/phase-cues.yaml:6: cue 'relax' must have 1-8 words, has 9",
                        "ru/phase-cues.yaml:9: cue 'switch-side' must name the side with {side:left-word|right-word}"
                                + " exactly when the English cue has {side}",
                        "ru/phase-cues.yaml:2: cue 'rest' is missing; the English has one");
        assertThat(load(RUSSIAN_TEXTS, "", true).problems())
                .containsExactly("ru/phase-cues.yaml:1: the file is missing or empty; it needs 'cues:' with a cue for"
                        + " every phase kind");
    }

    @Test
    void readsThePersonsOwnTextsFromTheLanguageFolderOfTheDataFolder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.yaml"), ENGLISH);
        Files.createDirectory(folder.resolve("ru"));
        Files.writeString(folder.resolve("ru").resolve("mine.yaml"), RUSSIAN_TEXTS);

        CatalogueLoad load = new CatalogueLoader().load(folder);

        assertThat(load.problems()).isEmpty();
        assertThat(load.catalogue(RUSSIAN).findExercise("my-turn").orElseThrow().name())
                .isEqualTo("Мой поворот");
        assertThat(load.catalogue(RUSSIAN)
                        .findExercise("iso-forehead-press")
                        .orElseThrow()
                        .name())
                .isEqualTo("Давление лбом на ладони");
    }
}
