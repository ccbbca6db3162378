package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in catalogue in Russian: complete, the same figures and structure, and well written. */
class CatalogueRussianTextsTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final CatalogueLoad LOAD = new CatalogueLoader().load((Path) null);
    private static final Catalogue ENGLISH = LOAD.catalogue();
    private static final Catalogue RUSSIAN_CATALOGUE = LOAD.catalogue(RUSSIAN);
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern MIXED_WORD =
            Pattern.compile("\\p{IsCyrillic}+\\p{IsLatin}|\\p{IsLatin}+\\p{IsCyrillic}");

    @Test
    void everyBuiltInTextHasItsRussianTextWithoutProblems() {
        assertThat(LOAD.problems()).isEmpty();
        assertThat(LOAD.skippedFiles()).isEmpty();
        assertThat(LOAD.languages()).containsExactly(Locale.ENGLISH, RUSSIAN);
    }

    @Test
    void everyExerciseAndRoutineReadsInRussian() {
        List<String> english = new ArrayList<>();
        RUSSIAN_CATALOGUE.exercises().forEach(exercise -> texts(exercise).stream()
                .filter(text -> !CYRILLIC.matcher(text).find())
                .forEach(text -> english.add(exercise.id() + ": " + text)));
        RUSSIAN_CATALOGUE.routines().forEach(routine -> texts(routine).stream()
                .filter(text -> !CYRILLIC.matcher(text).find())
                .forEach(text -> english.add(routine.id() + ": " + text)));

        assertThat(english).as("texts left in English").isEmpty();
    }

    @Test
    void keepsTheIdsFiguresAndStructureOfEnglish() {
        assertThat(RUSSIAN_CATALOGUE.exercises().stream().map(Exercise::id))
                .containsExactlyElementsOf(
                        ENGLISH.exercises().stream().map(Exercise::id).toList());
        assertThat(RUSSIAN_CATALOGUE.exercises()).allSatisfy(russian -> {
            Exercise english = ENGLISH.getExercise(russian.id());
            assertThat(russian.withTexts(english.texts())).isEqualTo(english);
        });
        assertThat(RUSSIAN_CATALOGUE.routines()).allSatisfy(russian -> {
            Routine english = ENGLISH.getRoutine(russian.id().value());
            assertThat(russian.withTexts(english.texts())).isEqualTo(english);
        });
    }

    @Test
    void aTimelineFromTheRussianCatalogueDiffersOnlyInItsCues() {
        for (Routine routine : ENGLISH.routines()) {
            List<Phase> english =
                    Timeline.expand(routine, ENGLISH, DosageLevel.STANDARD).phases();
            List<Phase> russian = Timeline.expand(
                            RUSSIAN_CATALOGUE.getRoutine(routine.id().value()), RUSSIAN_CATALOGUE, DosageLevel.STANDARD)
                    .phases();

            assertThat(russian).as(routine.id().value()).hasSameSizeAs(english);
            for (int index = 0; index < english.size(); index++) {
                Phase phase = russian.get(index);
                assertThat(phase.cue())
                        .as(phase.toString())
                        .containsPattern(CYRILLIC)
                        .doesNotContain("{side");
                assertThat(withCue(phase, english.get(index).cue())).isEqualTo(english.get(index));
            }
        }
    }

    @Test
    void everyRussianCueHasAtMostEightWordsAndNoDigitsOrSymbols() {
        Pattern unspeakable = Pattern.compile("[0-9°/→<>=%&*#]");
        List<String> cues = new ArrayList<>(RUSSIAN_CATALOGUE.phaseCues().cues().values());
        RUSSIAN_CATALOGUE
                .exercises()
                .forEach(exercise -> cues.addAll(exercise.cues().values()));

        assertThat(cues).isNotEmpty().allSatisfy(cue -> {
            assertThat(Exercise.wordCount(cue)).as(cue).isBetween(1, Exercise.MAX_CUE_WORDS);
            assertThat(cue).doesNotContainPattern(unspeakable);
        });
    }

    @Test
    void russianTextsUseRussianTypography() {
        List<String> all = new ArrayList<>();
        RUSSIAN_CATALOGUE.exercises().forEach(exercise -> all.addAll(texts(exercise)));
        RUSSIAN_CATALOGUE.routines().forEach(routine -> all.addAll(texts(routine)));

        assertThat(all).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern(MIXED_WORD)
                .doesNotContain("\"", "'", " - ", "...")
                .doesNotContainPattern("\\d-\\d"));
    }

    @Test
    void aRegionalTagGivesTheLanguageAndAnUnshippedLanguageGivesEnglish() {
        assertThat(LOAD.catalogue(Locale.forLanguageTag("ru-RU"))).isSameAs(RUSSIAN_CATALOGUE);
        assertThat(LOAD.catalogue(Locale.GERMAN)).isSameAs(ENGLISH);
        assertThat(LOAD.catalogue(Locale.ENGLISH)).isSameAs(ENGLISH);
    }

    private static Phase withCue(Phase phase, String cue) {
        return new Phase(
                phase.atMs(),
                phase.durationMs(),
                phase.kind(),
                phase.exercise(),
                phase.exerciseIndex(),
                phase.rep(),
                phase.reps(),
                phase.side(),
                cue,
                phase.step(),
                phase.cycles());
    }

    private static List<String> texts(Exercise exercise) {
        return Stream.of(
                        Stream.of(exercise.name()),
                        exercise.steps().stream(),
                        exercise.cues().values().stream(),
                        exercise.notes().stream())
                .flatMap(stream -> stream)
                .toList();
    }

    private static List<String> texts(Routine routine) {
        return Stream.of(Stream.of(routine.name(), routine.summary()), routine.notes().stream())
                .flatMap(stream -> stream)
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
