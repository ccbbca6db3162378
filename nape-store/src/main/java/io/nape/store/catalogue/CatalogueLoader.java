package io.nape.store.catalogue;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.session.Timeline;
import io.nape.store.yaml.Problems;
import io.nape.store.yaml.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Load the catalogue: the built-in files listed in {@code catalogue/index.txt}, then the
 * person's own {@code *.yaml} files from a folder, in name order.
 *
 * <p>Each file is checked on its own (fields, ranges, enums, cue lengths) and then against all
 * that was accepted before it (unique ids, references that resolve, time limits). A file with any
 * problem is reported and left out whole, so one bad file never takes the program down and never
 * half-loads.
 */
public final class CatalogueLoader {
    static final String INDEX = "catalogue/index.txt";
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2,3}");

    /** The most problems reported of one file; the rest are counted in one more line. */
    static final int MAX_PROBLEMS_PER_FILE = 20;

    /**
     * Load the built-in files and, if given, the person's own files from {@code userFolder}, with
     * the texts of every language shipped: the folders {@code catalogue/<language>/} (such as
     * {@code catalogue/ru/}) and the person's {@code <userFolder>/<language>/}.
     */
    public CatalogueLoad load(@Nullable Path userFolder) {
        if (hasNoFilesOfItsOwn(userFolder)) {
            Optional<CatalogueLoad> compiled = CompiledCatalogue.builtIn();
            if (compiled.isPresent()) {
                return compiled.get();
            }
        }
        List<CatalogueSource> sources = new ArrayList<>(builtInSources());
        List<CatalogueLanguage> languages = builtInLanguages();
        Problems unreadable = new Problems();
        List<String> skipped = new ArrayList<>();
        if (userFolder != null) {
            sources.addAll(userSources(userFolder, unreadable, skipped));
            languages = languages.stream()
                    .map(language ->
                            language.withTexts(userTexts(userFolder, language.language(), unreadable, skipped)))
                    .toList();
        }
        return load(sources, languages, unreadable, skipped);
    }

    /**
     * Whether the person's folder holds no catalogue files, in itself nor in a folder named like a
     * language, so the built-in catalogue is the whole catalogue. A folder that cannot be read is not
     * known to be empty: the full load reports it.
     */
    private static boolean hasNoFilesOfItsOwn(@Nullable Path userFolder) {
        if (userFolder == null || !Files.isDirectory(userFolder)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(userFolder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean catalogueFile = name.endsWith(".yaml") || name.endsWith(".yml");
                boolean languageFolder = LANGUAGE_FOLDER.matcher(name).matches() && Files.isDirectory(entry);
                if (catalogueFile || (languageFolder && !isEmptyOfYaml(entry))) {
                    return false;
                }
            }
        } catch (IOException | DirectoryIteratorException unreadable) {
            return false;
        }
        return true;
    }

    private static boolean isEmptyOfYaml(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            return !files.iterator().hasNext();
        }
    }

    /** Load the given files in order, in English only. */
    public CatalogueLoad load(List<CatalogueSource> sources) {
        return load(sources, List.of());
    }

    /**
     * Load the given files in order, and their texts in each language. A built-in file must have
     * texts for every entry in every language; the person's own need none. A texts file with any
     * problem is reported and left out whole: its entries keep their English texts.
     */
    public CatalogueLoad load(List<CatalogueSource> sources, List<CatalogueLanguage> languages) {
        return load(sources, languages, new Problems(), new ArrayList<>());
    }

    private CatalogueLoad load(
            List<CatalogueSource> sources, List<CatalogueLanguage> languages, Problems problems, List<String> skipped) {
        Map<String, CatalogueFile> accepted = new LinkedHashMap<>();
        Map<ExerciseId, Located<Exercise>> exercises = new LinkedHashMap<>();
        Map<RoutineId, Located<Routine>> routines = new LinkedHashMap<>();
        for (CatalogueSource source : sources) {
            Problems fileProblems = new Problems();
            CatalogueFile file = new CatalogueFileReader(fileProblems).read(source.name(), source.text());
            if (fileProblems.isEmpty()) {
                checkAgainst(file, exercises, routines, fileProblems);
            }
            if (fileProblems.isEmpty()) {
                file.exercises()
                        .forEach(located -> exercises.put(located.value().id(), located));
                file.routines().forEach(located -> routines.put(located.value().id(), located));
                accepted.put(source.name(), file);
            } else {
                problems.addFirst(fileProblems, MAX_PROBLEMS_PER_FILE);
                skipped.add(source.name());
            }
        }
        Catalogue catalogue = Catalogue.of(
                exercises.values().stream().map(Located::value).toList(),
                routines.values().stream().map(Located::value).toList());
        Map<Locale, Catalogue> translations = new LinkedHashMap<>();
        for (CatalogueLanguage language : languages) {
            translations.put(
                    CatalogueLoad.languageOnly(language.language()),
                    new CatalogueTranslation(language, problems, skipped).translate(catalogue, sources, accepted));
        }
        return new CatalogueLoad(catalogue, problems.all(), skipped, translations);
    }

    private static void checkAgainst(
            CatalogueFile file,
            Map<ExerciseId, Located<Exercise>> acceptedExercises,
            Map<RoutineId, Located<Routine>> acceptedRoutines,
            Problems problems) {
        Map<ExerciseId, Located<Exercise>> exercises = new LinkedHashMap<>(acceptedExercises);
        for (Located<Exercise> located : file.exercises()) {
            Located<Exercise> earlier = exercises.putIfAbsent(located.value().id(), located);
            if (earlier != null) {
                problems.add(
                        file.name(),
                        located.line(),
                        "exercise id \"" + located.value().id() + "\" is already used at " + earlier.file() + ":"
                                + earlier.line());
            }
        }
        Map<RoutineId, Located<Routine>> routines = new LinkedHashMap<>(acceptedRoutines);
        for (Located<Routine> located : file.routines()) {
            Located<Routine> earlier = routines.putIfAbsent(located.value().id(), located);
            if (earlier != null) {
                problems.add(
                        file.name(),
                        located.line(),
                        "routine id \"" + located.value().id() + "\" is already used at " + earlier.file() + ":"
                                + earlier.line());
            }
            checkReferences(file.name(), located, exercises, problems);
        }
        if (problems.isEmpty()) {
            checkLengths(file, exercises, problems);
        }
    }

    private static void checkReferences(
            String fileName,
            Located<Routine> routine,
            Map<ExerciseId, Located<Exercise>> exercises,
            Problems problems) {
        for (Reference reference : routine.references()) {
            Located<Exercise> exercise = exercises.get(reference.exercise());
            if (exercise == null) {
                problems.add(
                        fileName,
                        reference.line(),
                        "routine \"" + routine.value().id() + "\" names exercise \"" + reference.exercise()
                                + "\", which does not exist");
            } else if (!exercise.value().isTimed()) {
                problems.add(
                        fileName,
                        reference.line(),
                        "routine \"" + routine.value().id() + "\" names \"" + reference.exercise()
                                + "\", an advice card, which cannot be played as a timed exercise");
            }
        }
    }

    private static void checkLengths(
            CatalogueFile file, Map<ExerciseId, Located<Exercise>> exercises, Problems problems) {
        Catalogue catalogue = Catalogue.of(
                exercises.values().stream().map(Located::value).toList(),
                file.routines().stream().map(Located::value).toList());
        for (Located<Routine> routine : file.routines()) {
            long limitMs = routine.maxMinutes() * 60_000L;
            long effortMs = effortAtFull(routine.value(), catalogue);
            boolean farTooLong = effortMs > Routine.MAX_FULL_MINUTES * 60_000L;
            long totalMs = farTooLong
                    ? effortMs
                    : Timeline.expand(routine.value(), catalogue, DosageLevel.FULL)
                            .totalMs();
            if (totalMs > limitMs) {
                problems.add(
                        file.name(),
                        routine.line(),
                        "routine \"" + routine.value().id() + "\" lasts " + (farTooLong ? "more than " : "")
                                + formatMinutes(totalMs) + " at the full level, more than its "
                                + (routine.maxMinutes() == Routine.MAX_FULL_MINUTES
                                        ? "limit of " + Routine.MAX_FULL_MINUTES + " minutes"
                                        : "maxMinutes of " + routine.maxMinutes()));
            }
        }
    }

    /**
     * The holds and relaxations alone at the full level, which the timeline only adds to: a routine
     * longer than an hour by this measure is reported without expanding its many phases.
     */
    private static long effortAtFull(Routine routine, Catalogue catalogue) {
        long seconds = 0;
        for (RoutineItem item : routine.items()) {
            Exercise exercise = catalogue.getExercise(item.exercise());
            Dosage dosage = item.dosageOf(exercise);
            long perSide = (long) dosage.repetitions().at(DosageLevel.FULL)
                    * (dosage.effortSeconds(DosageLevel.FULL) + dosage.relax().at(DosageLevel.FULL));
            seconds += exercise.isSided() ? 2 * perSide : perSide;
        }
        return seconds * 1000;
    }

    private static String formatMinutes(long totalMs) {
        long seconds = totalMs / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    static List<CatalogueSource> builtInSources() {
        List<CatalogueSource> sources = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                sources.add(new CatalogueSource("catalogue/" + name, resource("catalogue/" + name), true));
            }
        }
        return sources;
    }

    static List<CatalogueLanguage> builtInLanguages() {
        List<CatalogueLanguage> languages = new ArrayList<>();
        for (String folder : ResourceFolder.folderNames("catalogue")) {
            if (!LANGUAGE_FOLDER.matcher(folder).matches()) {
                continue;
            }
            String prefix = "catalogue/" + folder + "/";
            Map<String, CatalogueSource> texts = new LinkedHashMap<>();
            for (String name : ResourceFolder.fileNames("catalogue/" + folder)) {
                if (name.endsWith(".yaml") && !name.equals(CatalogueTextsReader.PHASE_CUES)) {
                    texts.put("catalogue/" + name, new CatalogueSource(prefix + name, resource(prefix + name), true));
                }
            }
            String cues = prefix + CatalogueTextsReader.PHASE_CUES;
            languages.add(new CatalogueLanguage(
                    Locale.forLanguageTag(folder), new CatalogueSource(cues, optionalResource(cues), true), texts));
        }
        return languages;
    }

    private static Map<String, CatalogueSource> userTexts(
            Path folder, Locale language, Problems problems, List<String> skipped) {
        Map<String, CatalogueSource> texts = new LinkedHashMap<>();
        for (CatalogueSource source : userSources(folder.resolve(language.getLanguage()), problems, skipped)) {
            String fileName = Path.of(source.name()).getFileName().toString();
            texts.put(folder.resolve(fileName).toString(), source);
        }
        return texts;
    }

    /** The readable files of the folder; each unreadable one is added to the problems and the skipped. */
    private static List<CatalogueSource> userSources(Path folder, Problems problems, List<String> skipped) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            stream.forEach(paths::add);
        } catch (IOException | DirectoryIteratorException unreadable) {
            problems.add(folder.toString(), 1, "the catalogue folder cannot be read; check its permissions");
            skipped.add(folder.toString());
            return List.of();
        }
        paths.sort(null);
        List<CatalogueSource> sources = new ArrayList<>();
        for (Path path : paths) {
            Optional<String> problem = Optional.empty();
            try {
                Optional<String> text = UserFile.read(path);
                if (text.isPresent()) {
                    sources.add(new CatalogueSource(path.toString(), text.get(), false));
                    continue;
                }
                problem = Optional.of(Files.isRegularFile(path) ? YamlFile.tooLarge() : "this is not a regular file");
            } catch (CharacterCodingException notUtf8) {
                problem = Optional.of("the file is not UTF-8 text; save it as UTF-8");
            } catch (IOException unreadable) {
                problem = Optional.of("the file cannot be read; check its permissions");
            }
            problems.add(path.toString(), 1, problem.get());
            skipped.add(path.toString());
        }
        return sources;
    }

    private static String optionalResource(String name) {
        return CatalogueLoader.class.getClassLoader().getResource(name) == null ? "" : resource(name);
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(name)) {
            Objects.requireNonNull(in, () -> "missing built-in resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read built-in resource " + name, unreadable);
        }
    }
}
