package io.nape.store.catalogue;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseTexts;
import io.nape.core.catalogue.PhaseCues;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineTexts;
import io.nape.store.yaml.Problems;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Make the catalogue of one language from the English one and that language's texts files. */
final class CatalogueTranslation {
    private final CatalogueLanguage language;
    private final Problems problems;
    private final List<String> skipped;

    CatalogueTranslation(CatalogueLanguage language, Problems problems, List<String> skipped) {
        this.language = language;
        this.problems = problems;
        this.skipped = skipped;
    }

    Catalogue translate(Catalogue english, List<CatalogueSource> sources, Map<String, CatalogueFile> accepted) {
        Map<ExerciseId, ExerciseTexts> exercises = new LinkedHashMap<>();
        Map<RoutineId, RoutineTexts> routines = new LinkedHashMap<>();
        Set<String> catalogueFiles = new HashSet<>();
        for (CatalogueSource source : sources) {
            catalogueFiles.add(source.name());
            CatalogueSource texts = language.textsByFile().get(source.name());
            CatalogueFile file = accepted.get(source.name());
            if (texts == null) {
                if (source.builtIn()) {
                    problems.add(
                            source.name(),
                            1,
                            "the file has no " + language.displayName() + " texts; add " + textsName(source.name())
                                    + " with the texts of every entry");
                }
            } else if (file != null) {
                Problems fileProblems = new Problems();
                CatalogueTexts read = new CatalogueTextsReader(fileProblems, language.displayName())
                        .read(texts, file, source.builtIn());
                if (fileProblems.isEmpty()) {
                    exercises.putAll(read.exercises());
                    routines.putAll(read.routines());
                } else {
                    problems.addAll(fileProblems);
                    skipped.add(texts.name());
                }
            }
        }
        language.textsByFile().forEach((translated, texts) -> {
            if (!catalogueFiles.contains(translated)) {
                problems.add(
                        texts.name(),
                        1,
                        "there is no catalogue file " + translated
                                + " for these texts; name the file after the catalogue file it translates");
            }
        });
        Problems cueProblems = new Problems();
        PhaseCues cues = new CatalogueTextsReader(cueProblems, language.displayName())
                .phaseCues(language.phaseCues())
                .orElse(PhaseCues.ENGLISH);
        problems.addAll(cueProblems);
        return english.withTexts(exercises, routines, cues);
    }

    private String textsName(String file) {
        int slash = file.lastIndexOf('/');
        return file.substring(0, slash + 1) + language.language().getLanguage() + "/" + file.substring(slash + 1);
    }
}
