package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.session.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueContentTest {
    private static final CatalogueLoad LOAD = new CatalogueLoader().load((Path) null);
    private static final Catalogue CATALOGUE = LOAD.catalogue();

    /** Drug, ointment and remedy names the source gives, with common analgesics, NSAIDs and muscle relaxants. */
    private static final List<String> MEDICINE_WORDS = List.of(
            // named in the source
            "cinnarizine",
            "trental",
            "diclofenac",
            "ibuprofen",
            "nsaid",
            "nsaids",
            "maxicold",
            "paracetamol",
            "paracytomol",
            "traumel",
            "alorom",
            "lidocaine",
            "lidocoine",
            "analgin",
            "milgamma",
            "meloxicam",
            "novocain",
            "novocaine",
            "mydocalm",
            "sirdalud",
            "tizalud",
            "baclofen",
            "dolgit",
            "capsicam",
            "fastum",
            "finalgon",
            "ketanol",
            "menthol",
            // common analgesics and NSAIDs
            "aspirin",
            "acetaminophen",
            "naproxen",
            "ketoprofen",
            "ketorolac",
            "metamizole",
            "nimesulide",
            "celecoxib",
            "etoricoxib",
            "codeine",
            "tramadol",
            "morphine",
            "oxycodone",
            // muscle relaxants
            "tizanidine",
            "tolperisone",
            "cyclobenzaprine",
            "methocarbamol",
            "carisoprodol",
            "orphenadrine",
            "metaxalone",
            "chlorzoxazone",
            "diazepam",
            // kinds of medicine and ways to take it
            "painkiller",
            "painkillers",
            "analgesic",
            "analgesics",
            "anti-inflammatory",
            "muscle relaxant",
            "muscle relaxants",
            "ointment",
            "ointments",
            "gel",
            "gels",
            "injection",
            "injections",
            "suppository",
            "suppositories",
            "tablet",
            "tablets",
            "pill",
            "pills",
            "capsule",
            "capsules",
            "drug",
            "drugs",
            "dose",
            "doses",
            "vitamin",
            "vitamins");

    private static final List<String> ROUTINES_OTHERS_DEPEND_ON = List.of(
            "isometric-complex",
            "desk-a",
            "desk-b",
            "chair-stretch",
            "yoga-neck",
            "neck-pain-simple",
            "breathing",
            "posture",
            "shoulder-relief",
            "collar-massage",
            "massage-short",
            "pmr-1",
            "pmr-2",
            "pmr-3",
            "pmr-4",
            "pmr-5",
            "pmr-6");

    @Test
    void builtInCatalogueLoadsWithoutProblems() {
        assertThat(LOAD.problems()).isEmpty();
        assertThat(LOAD.skippedFiles()).isEmpty();
    }

    @Test
    void everyRoutineThePlannerAndDesignNameExists() {
        assertThat(ROUTINES_OTHERS_DEPEND_ON)
                .allSatisfy(id -> assertThat(CATALOGUE.findRoutine(id)).as(id).isPresent());
    }

    @Test
    void everyPartOfTheSourceHasAnExercise() {
        Set<Part> parts = CATALOGUE.exercises().stream().map(Exercise::part).collect(Collectors.toSet());

        assertThat(parts).containsExactlyInAnyOrder(Part.values());
    }

    @Test
    void everyPartOfTheSourceHasItsOwnFile() {
        List<String> files = builtInFileNames();

        assertThat(files).hasSize(Part.values().length);
    }

    @Test
    void everyExerciseHasAtLeastOneStep() {
        assertThat(CATALOGUE.exercises())
                .allSatisfy(exercise ->
                        assertThat(exercise.steps()).as(exercise.id().value()).isNotEmpty());
    }

    @Test
    void adviceCardsAreNeverInARoutine() {
        Set<ExerciseId> cards = CATALOGUE.exercises().stream()
                .filter(exercise -> !exercise.isTimed())
                .map(Exercise::id)
                .collect(Collectors.toSet());

        assertThat(cards).isNotEmpty();
        assertThat(CATALOGUE.routines()).allSatisfy(routine -> assertThat(routine.items())
                .as(routine.id().value())
                .extracting(RoutineItem::exercise)
                .doesNotContainAnyElementsOf(cards));
    }

    @Test
    void everyCueHasAtMostEightWords() {
        List<String> cues = CATALOGUE.exercises().stream()
                .flatMap(exercise -> exercise.cues().values().stream())
                .toList();

        assertThat(cues)
                .isNotEmpty()
                .allSatisfy(cue -> assertThat(Exercise.wordCount(cue)).as(cue).isBetween(1, Exercise.MAX_CUE_WORDS));
    }

    @Test
    void cuesAreSpeakableWithoutSymbolsOrDigits() {
        Pattern unspeakable = Pattern.compile("[0-9°/→<>=%&*#]");
        List<String> cues = CATALOGUE.exercises().stream()
                .flatMap(exercise -> exercise.cues().values().stream())
                .toList();

        assertThat(cues).noneMatch(cue -> unspeakable.matcher(cue).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {"posture", "shoulder-relief", "massage-short"})
    void microBreakRoutinesLastUnderThreeMinutesAtTheStandardLevel(String id) {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine(id), CATALOGUE, DosageLevel.STANDARD);

        assertThat(timeline.total()).isLessThan(Duration.ofMinutes(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyRelaxationLessonFitsInFifteenMinutesAtTheFullLevel(int lesson) {
        Timeline timeline = Timeline.expand(CATALOGUE.getRoutine("pmr-" + lesson), CATALOGUE, DosageLevel.FULL);

        assertThat(timeline.total()).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void eachRelaxationLessonAddsOneNewExerciseToThePreviousLesson() {
        assertThat(exercisesOf("pmr-1")).hasSize(1);
        for (int lesson = 2; lesson <= 6; lesson++) {
            List<ExerciseId> previous = exercisesOf("pmr-" + (lesson - 1));
            List<ExerciseId> current = exercisesOf("pmr-" + lesson);

            assertThat(current).as("pmr-" + lesson).hasSize(previous.size() + 1);
            assertThat(current.subList(0, previous.size())).as("pmr-" + lesson).isEqualTo(previous);
            assertThat(previous).as("pmr-" + lesson).doesNotContain(current.get(current.size() - 1));
        }
    }

    @Test
    void noContentMentionsAMedicine() {
        for (String file : builtInFileNames()) {
            String text = resource("catalogue/" + file).toLowerCase(Locale.ROOT);
            for (String word : MEDICINE_WORDS) {
                Pattern mention = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");

                assertThat(mention.matcher(text).find())
                        .as("%s mentions \"%s\"", file, word)
                        .isFalse();
            }
        }
    }

    @Test
    void theMedicineCheckWouldCatchAMention() {
        String text = "Rub in a menthol gel, or take ibuprofen.".toLowerCase(Locale.ROOT);

        assertThat(MEDICINE_WORDS)
                .filteredOn(word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b")
                        .matcher(text)
                        .find())
                .containsExactlyInAnyOrder("menthol", "gel", "ibuprofen");
    }

    @Test
    void firstAidAndDeskHabitsAreAdviceCardsWithoutCues() {
        List<Exercise> advice = CATALOGUE.exercises().stream()
                .filter(exercise -> exercise.part() == Part.FIRST_AID || exercise.part() == Part.DESK_HABITS)
                .toList();

        assertThat(advice).isNotEmpty().allSatisfy(exercise -> {
            assertThat(exercise.isTimed()).as(exercise.id().value()).isFalse();
            assertThat(exercise.cues()).as(exercise.id().value()).isEmpty();
            assertThat(exercise.steps()).as(exercise.id().value()).hasSizeBetween(1, 5);
        });
    }

    private static List<ExerciseId> exercisesOf(String routine) {
        return CATALOGUE.getRoutine(routine).items().stream()
                .map(RoutineItem::exercise)
                .toList();
    }

    private static List<String> builtInFileNames() {
        List<String> files = new ArrayList<>();
        for (String line : resource(CatalogueLoader.INDEX).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(name);
            }
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueContentTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
