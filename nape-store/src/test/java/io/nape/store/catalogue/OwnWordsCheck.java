package io.nape.store.catalogue;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find where a catalogue file's English texts share {@value SourceFingerprint#RUN} or more
 * consecutive words with the source article.
 *
 * <p>Checked: every name, cue, note and summary on its own, and an exercise's steps read one after
 * the other, so that a copied sentence split over two steps is still found. In a note, a stretch in
 * double quotation marks ({@code "…"} or {@code “…”}) quotes the source openly: it is left out, and
 * the words either side of it do not join into one run. Quotation marks excuse nothing elsewhere.
 */
final class OwnWordsCheck {
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    private final SourceFingerprint source;

    OwnWordsCheck(SourceFingerprint source) {
        this.source = source;
    }

    /** One line per shared run: {@code file:line: id field shares N words with the source: "…"}. */
    List<String> problems(CatalogueFile file) {
        List<String> problems = new ArrayList<>();
        for (Located<Exercise> located : file.exercises()) {
            Exercise exercise = located.value();
            List<Stretch> stretches = new ArrayList<>();
            stretches.add(Stretch.of("name", exercise.name()));
            stretches.add(Stretch.ofSteps(exercise.steps()));
            for (Map.Entry<PhaseKind, String> cue : new TreeMap<>(exercise.cues()).entrySet()) {
                String phase = cue.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-');
                stretches.add(Stretch.of("cue " + phase, cue.getValue()));
            }
            addNotes(stretches, exercise.notes());
            report(located, exercise.id().value(), stretches, problems);
        }
        for (Located<Routine> located : file.routines()) {
            Routine routine = located.value();
            List<Stretch> stretches = new ArrayList<>();
            stretches.add(Stretch.of("name", routine.name()));
            stretches.add(Stretch.of("summary", routine.summary()));
            addNotes(stretches, routine.notes());
            report(located, routine.id().value(), stretches, problems);
        }
        return problems;
    }

    /** A note's words outside its quotations, each stretch between two quotations on its own. */
    private static void addNotes(List<Stretch> stretches, List<String> notes) {
        for (int index = 0; index < notes.size(); index++) {
            String field = "note " + (index + 1);
            String note = notes.get(index);
            Matcher quotation = QUOTATION.matcher(note);
            int from = 0;
            while (quotation.find()) {
                stretches.add(Stretch.of(field, note.substring(from, quotation.start())));
                from = quotation.end();
            }
            stretches.add(Stretch.of(field, note.substring(from)));
        }
    }

    private void report(Located<?> located, String id, List<Stretch> stretches, List<String> problems) {
        for (Stretch stretch : stretches) {
            for (int[] run : sharedRuns(stretch.words())) {
                List<String> shared = stretch.words().subList(run[0], run[1]);
                problems.add(located.file() + ":" + located.line() + ": " + id + " " + stretch.field(run[0], run[1])
                        + " shares " + shared.size() + " words with the source: \"" + String.join(" ", shared)
                        + "\"");
            }
        }
    }

    /** The longest runs of these words found in the source, each as {start, end} word indexes. */
    private List<int[]> sharedRuns(List<String> words) {
        List<int[]> runs = new ArrayList<>();
        for (int start = 0; start + SourceFingerprint.RUN <= words.size(); start++) {
            int end = start + SourceFingerprint.RUN;
            if (!source.contains(words.subList(start, end))) {
                continue;
            }
            if (!runs.isEmpty() && start < runs.get(runs.size() - 1)[1]) {
                runs.get(runs.size() - 1)[1] = end;
            } else {
                runs.add(new int[] {start, end});
            }
        }
        return runs;
    }

    /**
     * Words a run may not cross the ends of, with the field they come from; for steps read in
     * order, {@code steps} gives the number of the step of each word.
     */
    private record Stretch(String field, List<String> words, List<Integer> steps) {
        static Stretch of(String field, String text) {
            return new Stretch(field, SourceFingerprint.words(text), List.of());
        }

        static Stretch ofSteps(List<String> texts) {
            List<String> words = new ArrayList<>();
            List<Integer> steps = new ArrayList<>();
            for (int index = 0; index < texts.size(); index++) {
                for (String word : SourceFingerprint.words(texts.get(index))) {
                    words.add(word);
                    steps.add(index + 1);
                }
            }
            return new Stretch("step", words, steps);
        }

        String field(int start, int end) {
            if (steps.isEmpty()) {
                return field;
            }
            int first = steps.get(start);
            int last = steps.get(end - 1);
            return first == last ? "step " + first : "steps " + first + "-" + last;
        }
    }
}
