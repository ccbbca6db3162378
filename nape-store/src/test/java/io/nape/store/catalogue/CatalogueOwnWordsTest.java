package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nape.store.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue says the source's care in Nape's own words: no English text shares a run of 8 or
 * more consecutive words with the source article (case and punctuation aside), except quotations
 * in notes, which are marked with double quotation marks. See {@link OwnWordsCheck}.
 */
class CatalogueOwnWordsTest {
    private static final SourceFingerprint SOURCE = SourceFingerprint.bundled();
    private static final OwnWordsCheck CHECK = new OwnWordsCheck(SOURCE);

    /** Where the project keeps the article, from the module's folder; {@code -Dnape.sourceArticle} overrides it. */
    private static final Path ARTICLE =
            Path.of(System.getProperty("nape.sourceArticle", "../../shared/source/neck-relief-article.txt"));

    /** A sentence of the source, word for word: "… tilt it back so that you try to reach the lower part of your neck." */
    private static final String COPIED = "Tilt it back so that you try to reach the lower part of your neck.";

    @Test
    void noCatalogueTextSharesEightWordsWithTheSource() {
        List<String> problems = new ArrayList<>();
        for (CatalogueSource source : CatalogueLoader.builtInSources()) {
            problems.addAll(CHECK.problems(read(source.name(), source.text())));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theFingerprintIsTheArticlesWhenTheArticleIsAtHand() throws IOException {
        assumeTrue(Files.isReadable(ARTICLE), "the source article is not at " + ARTICLE.toAbsolutePath());

        assertThat(SourceFingerprint.of(Files.readString(ARTICLE)).hashes())
                .as("write %s again as SourceFingerprint says", SourceFingerprint.RESOURCE)
                .isEqualTo(SOURCE.hashes());
    }

    @Test
    void flagsAPlantedCopiedSentenceWithFileIdAndWords() {
        List<String> problems = check(exercise("steps: [Sit tall., \"" + COPIED + "\"]", "notes: []"));

        assertThat(problems)
                .containsExactly("planted.yaml:3: planted-tilt step 2 shares 15 words with the source:"
                        + " \"tilt it back so that you try to reach the lower part of your neck\"");
    }

    @Test
    void ignoresCaseAndPunctuation() {
        String shouted = "TILT it back, so that you try: to reach the lower-part of your NECK!";

        assertThat(check(exercise("steps: [\"" + shouted + "\"]", "notes: []")))
                .singleElement()
                .asString()
                .contains("shares 15 words");
    }

    @Test
    void passesSevenWordsInARowButNotEight() {
        String seven = "Lean back to reach the lower part of your spine.";
        String eight = "Lean back to reach the lower part of your neck.";

        assertThat(check(exercise("steps: [\"" + seven + "\"]", "notes: []"))).isEmpty();
        assertThat(check(exercise("steps: [\"" + eight + "\"]", "notes: []")))
                .containsExactly("planted.yaml:3: planted-tilt step 1 shares 8 words with the source:"
                        + " \"to reach the lower part of your neck\"");
    }

    @Test
    void findsACopySplitOverTwoSteps() {
        String steps = "steps: [\"Tilt it back, so that you\", \"try to reach the lower part.\"]";

        assertThat(check(exercise(steps, "notes: []")))
                .singleElement()
                .asString()
                .contains("planted-tilt steps 1-2 shares 12 words");
    }

    @Test
    void excusesAQuotationInANote() {
        String note = "notes: ['The source says \"" + COPIED + "\" and gives no count.']";

        assertThat(check(exercise("steps: [Sit tall.]", note))).isEmpty();
    }

    @Test
    void aQuotationExcusesNothingOutsideNotes() {
        String step = "steps: ['Remember: \"" + COPIED + "\"']";

        assertThat(check(exercise(step, "notes: []")))
                .singleElement()
                .asString()
                .contains("step 1 shares 15 words");
    }

    @Test
    void aQuotationExcusesOnlyWhatItQuotes() {
        String note =
                "notes: ['The source says \"tilt it back\" so that you try to reach the lower part of your neck.']";

        assertThat(check(exercise("steps: [Sit tall.]", note)))
                .containsExactly("planted.yaml:3: planted-tilt note 1 shares 12 words with the source:"
                        + " \"so that you try to reach the lower part of your neck\"");
    }

    @Test
    void checksNamesCuesAndRoutineSummariesAndNotes() {
        String text = String.join(
                "\n",
                "part: posture",
                "exercises:",
                "  - id: planted-tilt",
                "    name: Try to reach the lower part of your neck",
                "    style: movement",
                "    steps: [Sit tall.]",
                "    dosage: {movements: 5, movementSeconds: 3}",
                "    cues: {prepare: Sit tall, move: to reach the lower part of your neck}",
                "routines:",
                "  - id: planted-routine",
                "    name: Planted",
                "    summary: Try to reach the lower part of your neck.",
                "    exercises: [planted-tilt]",
                "    notes: [Try to reach the lower part of your neck.]",
                "");

        assertThat(check(text))
                .extracting(problem -> problem.substring(0, problem.indexOf(" shares")))
                .containsExactly(
                        "planted.yaml:3: planted-tilt name",
                        "planted.yaml:3: planted-tilt cue move",
                        "planted.yaml:10: planted-routine summary",
                        "planted.yaml:10: planted-routine note 1");
    }

    private static String exercise(String steps, String notes) {
        return String.join(
                "\n",
                "part: posture",
                "exercises:",
                "  - id: planted-tilt",
                "    name: Planted tilt",
                "    style: movement",
                "    " + steps,
                "    dosage: {movements: 5, movementSeconds: 3}",
                "    cues: {prepare: Sit tall, move: Tilt back slowly}",
                "    " + notes,
                "");
    }

    private static List<String> check(String text) {
        return CHECK.problems(read("planted.yaml", text));
    }

    private static CatalogueFile read(String name, String text) {
        Problems problems = new Problems();
        CatalogueFile file = new CatalogueFileReader(problems).read(name, text);
        assertThat(problems.all()).as(name).isEmpty();
        return file;
    }
}
