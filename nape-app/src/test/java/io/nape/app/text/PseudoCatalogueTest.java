package io.nape.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.PhaseKind;
import io.nape.store.catalogue.CatalogueLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudoCatalogueTest {
    @TempDir
    Path folder;

    @Test
    void makesEveryTextPseudoAndKeepsTheFiguresAndTheWordsOfEachCue() {
        Catalogue english = new CatalogueLoader().load(folder).catalogue();
        Catalogue pseudo = PseudoCatalogue.of(english);
        assertThat(pseudo.exercises()).hasSameSizeAs(english.exercises());
        for (Exercise exercise : english.exercises()) {
            Exercise made = pseudo.exercises().stream()
                    .filter(candidate -> candidate.id().equals(exercise.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(made.name()).startsWith("[").endsWith("]").isNotEqualTo(exercise.name());
            assertThat(made.dosage()).isEqualTo(exercise.dosage());
            made.texts().steps().forEach(step -> assertThat(step).startsWith("["));
            exercise.texts().cues().forEach((kind, cue) -> assertThat(
                            Exercise.wordCount(made.texts().cues().get(kind)))
                    .isEqualTo(Exercise.wordCount(cue)));
        }
        assertThat(pseudo.phaseCues().cues().get(PhaseKind.SWITCH_SIDE))
                .contains("{side:łéƒŧ|ŕíğĥŧ}")
                .startsWith("[");
    }
}
