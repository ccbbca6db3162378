package io.nape.store.catalogue;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseTexts;
import io.nape.core.catalogue.PhaseCues;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineTexts;
import io.nape.store.yaml.Problems;
import io.nape.store.yaml.YamlFile;
import io.nape.store.yaml.YamlItem;
import io.nape.store.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Read one texts file of a language against the catalogue file it translates. Every text must
 * exist, be non-empty and keep the English text's figures; steps and notes come in the same
 * number and cues for the same phases, each at most {@link Exercise#MAX_CUE_WORDS} words. Problems
 * are added with the file and line.
 */
final class CatalogueTextsReader {
    static final String PHASE_CUES = "phase-cues.yaml";

    private static final Set<String> FILE_KEYS = Set.of("exercises", "routines");
    private static final Set<String> EXERCISE_KEYS = Set.of("id", "name", "steps", "cues", "notes", "sequence");
    private static final Set<String> ROUTINE_KEYS = Set.of("id", "name", "summary", "notes");
    private static final Pattern FIGURE = Pattern.compile("\\d+");
    private static final Pattern SIDE_CHOICE = Pattern.compile("\\{side:[^|{}\\s]+\\|[^|{}\\s]+}");

    private final Problems problems;
    private final String language;

    CatalogueTextsReader(Problems problems, String language) {
        this.problems = problems;
        this.language = language;
    }

    /** The texts of {@code english}'s entries; with {@code complete}, every entry must have them. */
    CatalogueTexts read(CatalogueSource source, CatalogueFile english, boolean complete) {
        Optional<YamlMap> parsed = YamlFile.parse(source.name(), source.text(), problems);
        if (parsed.isEmpty()) {
            return new CatalogueTexts(Map.of(), Map.of());
        }
        YamlMap root = parsed.get();
        root.allowOnly(FILE_KEYS);
        Map<ExerciseId, Exercise> exercises = new LinkedHashMap<>();
        english.exercises().forEach(located -> exercises.put(located.value().id(), located.value()));
        Map<RoutineId, Routine> routines = new LinkedHashMap<>();
        english.routines().forEach(located -> routines.put(located.value().id(), located.value()));

        Map<ExerciseId, ExerciseTexts> exerciseTexts = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlItem item : root.items("exercises")) {
            if (item.map() == null) {
                root.problem(item.line(), "each exercise must be a mapping with 'id:', 'name:', 'steps:' and so on");
            } else {
                exercise(item.map(), exercises, seen).ifPresent(texts -> exerciseTexts.put(texts.id(), texts.texts()));
            }
        }
        Map<RoutineId, RoutineTexts> routineTexts = new LinkedHashMap<>();
        Map<String, Integer> seenRoutines = new HashMap<>();
        for (YamlItem item : root.items("routines")) {
            if (item.map() == null) {
                root.problem(item.line(), "each routine must be a mapping with 'id:' and 'name:'");
            } else {
                routine(item.map(), routines, seenRoutines)
                        .ifPresent(texts -> routineTexts.put(texts.id(), texts.texts()));
            }
        }
        if (complete) {
            exercises.keySet().stream()
                    .filter(id -> !seen.containsKey(id.value()))
                    .forEach(id -> root.problem(
                            root.lineOf("exercises"),
                            "exercise \"" + id + "\" of " + english.name() + " has no " + language
                                    + " texts here; every built-in exercise needs them"));
            routines.keySet().stream()
                    .filter(id -> !seenRoutines.containsKey(id.value()))
                    .forEach(id -> root.problem(
                            root.lineOf("routines"),
                            "routine \"" + id + "\" of " + english.name() + " has no " + language
                                    + " texts here; every built-in routine needs them"));
        }
        return new CatalogueTexts(exerciseTexts, routineTexts);
    }

    /** The phase cues of a language: one for every phase kind. */
    Optional<PhaseCues> phaseCues(CatalogueSource source) {
        int before = problems.size();
        if (source.text().isBlank()) {
            problems.add(
                    source.name(), 1, "the file is missing or empty; it needs 'cues:' with a cue for every phase kind");
            return Optional.empty();
        }
        Optional<YamlMap> parsed = YamlFile.parse(source.name(), source.text(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap root = parsed.get();
        root.allowOnly(Set.of("cues"));
        if (!root.has("cues")) {
            root.problem(root.line(), "'cues' is missing; it needs a cue for every phase kind");
        }
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        root.map("cues").ifPresent(map -> {
            cues.putAll(cues(map, PhaseCues.ENGLISH.cues()));
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PhaseCues(cues));
    }

    private Optional<Identified<ExerciseId, ExerciseTexts>> exercise(
            YamlMap map, Map<ExerciseId, Exercise> english, Map<String, Integer> seen) {
        int before = problems.size();
        map.allowOnly(EXERCISE_KEYS);
        Optional<Exercise> original =
                known(map, seen, "exercise", id -> Optional.ofNullable(english.get(new ExerciseId(id))));
        String englishName = original.map(Exercise::name).orElse("");
        String name = text(map, "name", englishName, original.isPresent());
        List<String> steps = list(map, "steps", "step", original.map(Exercise::steps));
        List<String> notes = list(map, "notes", "note", original.map(Exercise::notes));
        List<String> sequence =
                list(map, "sequence", "step cue", original.map(Exercise::texts).map(ExerciseTexts::sequence));
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        if (original.isPresent()) {
            Map<PhaseKind, String> englishCues = original.get().cues();
            Optional<YamlMap> cueMap = map.map("cues");
            cueMap.ifPresent(found -> cues.putAll(cues(found, englishCues)));
            if (cueMap.isEmpty() && !englishCues.isEmpty() && !map.has("cues")) {
                map.problem(map.line(), "'cues' is missing; the English exercise has cues for " + keys(englishCues));
            }
        }
        if (problems.size() > before || original.isEmpty()) {
            return Optional.empty();
        }
        return build(map, () -> new ExerciseTexts(name, steps, cues, notes, sequence))
                .map(texts -> new Identified<>(original.get().id(), texts));
    }

    private Optional<Identified<RoutineId, RoutineTexts>> routine(
            YamlMap map, Map<RoutineId, Routine> english, Map<String, Integer> seen) {
        int before = problems.size();
        map.allowOnly(ROUTINE_KEYS);
        Optional<Routine> original =
                known(map, seen, "routine", id -> Optional.ofNullable(english.get(new RoutineId(id))));
        String name = text(map, "name", original.map(Routine::name).orElse(""), original.isPresent());
        String summary = "";
        if (original.isPresent() && !original.get().summary().isBlank()) {
            summary = text(map, "summary", original.get().summary(), true);
        } else if (map.has("summary")) {
            map.problem(map.lineOf("summary"), "'summary' is not in the English routine; leave it out");
        }
        List<String> notes = list(map, "notes", "note", original.map(Routine::notes));
        if (problems.size() > before || original.isEmpty()) {
            return Optional.empty();
        }
        String chosen = summary;
        return build(map, () -> new RoutineTexts(name, chosen, notes))
                .map(texts -> new Identified<>(original.get().id(), texts));
    }

    private <T> Optional<T> known(
            YamlMap map,
            Map<String, Integer> seen,
            String what,
            java.util.function.Function<String, Optional<T>> lookUp) {
        if (!map.has("id")) {
            map.problem(map.line(), "'id' is missing");
            return Optional.empty();
        }
        Optional<String> id = map.string("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Integer earlier = seen.putIfAbsent(id.get(), map.lineOf("id"));
        if (earlier != null) {
            map.problem(
                    map.lineOf("id"), "the texts of " + what + " \"" + id.get() + "\" are already at line " + earlier);
            return Optional.empty();
        }
        @Nullable
        T found = ExerciseId.isWellFormed(id.get()) ? lookUp.apply(id.get()).orElse(null) : null;
        if (found == null) {
            map.problem(
                    map.lineOf("id"),
                    "there is no " + what + " \"" + id.get() + "\" in the English file; check the id");
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private String text(YamlMap map, String key, String english, boolean compare) {
        String text = map.requireString(key).trim();
        if (map.has(key) && text.isEmpty()) {
            map.problem(map.lineOf(key), "'" + key + "' must not be empty");
        } else if (compare && !text.isEmpty()) {
            sameFigures(map, map.lineOf(key), "'" + key + "'", english, text);
        }
        return text;
    }

    private List<String> list(YamlMap map, String key, String item, Optional<List<String>> english) {
        List<YamlItem> items = map.items(key);
        List<String> texts = new ArrayList<>();
        for (YamlItem entry : items) {
            String text = entry.value() == null ? "" : entry.value().trim();
            if (entry.value() == null) {
                map.problem(entry.line(), "each " + item + " must be one text");
            } else if (text.isEmpty()) {
                map.problem(entry.line(), item + " " + (texts.size() + 1) + " must not be empty");
            } else if (english.isPresent() && texts.size() < english.get().size()) {
                sameFigures(
                        map,
                        entry.line(),
                        item + " " + (texts.size() + 1),
                        english.get().get(texts.size()),
                        text);
            }
            texts.add(text);
        }
        if (english.isPresent() && items.size() != english.get().size()) {
            map.problem(
                    map.lineOf(key),
                    "'" + key + "' has " + items.size() + " " + item + "s but the English has "
                            + english.get().size() + "; give one " + language + " " + item + " for each");
        }
        return texts;
    }

    private Map<PhaseKind, String> cues(YamlMap map, Map<PhaseKind, String> english) {
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        Set<PhaseKind> given = java.util.EnumSet.noneOf(PhaseKind.class);
        for (Map.Entry<String, String> entry : map.stringEntries().entrySet()) {
            String key = entry.getKey();
            String cue = entry.getValue().trim();
            int line = map.lineOf(key);
            Optional<PhaseKind> kind = CatalogueFileReader.kindOf(key);
            kind.ifPresent(given::add);
            if (kind.isEmpty() || !english.containsKey(kind.get())) {
                map.problem(line, "cue '" + key + "' is not in the English; expected one of: " + keys(english));
                continue;
            }
            int words = Exercise.wordCount(cue);
            if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
                map.problem(line, "cue '" + key + "' must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
                continue;
            }
            String englishCue = english.get(kind.get());
            if (cue.contains("{side}")) {
                map.problem(
                        line,
                        "cue '" + key + "' uses {side}, which gives the English word; write"
                                + " {side:left-word|right-word} in " + language);
            } else if (englishCue.contains("{side}") != SIDE_CHOICE.matcher(cue).find()) {
                map.problem(
                        line,
                        "cue '" + key + "' must name the side with {side:left-word|right-word} exactly when the"
                                + " English cue has {side}");
            }
            sameFigures(map, line, "cue '" + key + "'", englishCue, cue);
            cues.put(kind.get(), cue);
        }
        for (PhaseKind kind : new java.util.TreeSet<>(english.keySet())) {
            if (!given.contains(kind)) {
                map.problem(map.line(), "cue '" + key(kind) + "' is missing; the English has one");
            }
        }
        return cues;
    }

    private void sameFigures(YamlMap map, int line, String what, String english, String text) {
        List<String> expected = figures(english);
        List<String> found = figures(text);
        if (!expected.equals(found)) {
            map.problem(
                    line,
                    what + " has the figures " + found + " but the English has " + expected
                            + "; keep every figure as it is");
        }
    }

    static List<String> figures(String text) {
        List<String> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            figures.add(matcher.group());
        }
        figures.sort(null);
        return figures;
    }

    private static String keys(Map<PhaseKind, String> cues) {
        return String.join(
                ", ",
                cues.keySet().stream().sorted().map(CatalogueTextsReader::key).toList());
    }

    private static String key(PhaseKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static <T> Optional<T> build(YamlMap map, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException invalid) {
            map.problem(map.line(), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
    }

    private record Identified<I, T>(I id, T texts) {}
}
