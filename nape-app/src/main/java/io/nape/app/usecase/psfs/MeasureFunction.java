package io.nape.app.usecase.psfs;

import io.nape.app.usecase.PersonRecords;
import io.nape.core.NapeException;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.psfs.PsfsRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measure a person's function with the PSFS. The first answer names the activities; a later one rates
 * the same activities (in any order, ignoring case) unless the person starts anew. Nothing is saved
 * when an answer breaks a rule. Activities are health data: no message here names one.
 */
public final class MeasureFunction {
    private final PsfsRepository answers;
    private final Clock clock;

    public MeasureFunction(PersonRecords records) {
        this(records.psfs(), records.clock());
    }

    public MeasureFunction(PsfsRepository answers, Clock clock) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Record an answer given now.
     *
     * @param newActivities whether the answer may name other activities than the last one
     */
    public Recorded record(PersonId person, List<PsfsRating> ratings, boolean newActivities) {
        Objects.requireNonNull(person, "person");
        PsfsAnswer answer = new PsfsAnswer(clock.instant(), ratings);
        List<PsfsAnswer> before = answers.findAll();
        if (!newActivities && !before.isEmpty()) {
            List<String> last = before.get(before.size() - 1).activities();
            if (!sameActivities(last, answer.activities())) {
                throw new NapeException("a PSFS answer must rate the " + last.size()
                                + " activities of the last answer unless new ones are asked for")
                        .withText("measure.notTheSameActivities", "count", last.size());
            }
        }
        PsfsAnswer saved = answers.save(answer);
        Optional<PsfsComparison> sinceFirst =
                before.isEmpty() ? Optional.empty() : Optional.of(PsfsComparison.of(before.get(0), saved));
        Optional<PsfsComparison> sincePrevious = before.isEmpty()
                ? Optional.empty()
                : Optional.of(PsfsComparison.of(before.get(before.size() - 1), saved));
        return new Recorded(saved, sinceFirst, sincePrevious);
    }

    /** Every answer, newest first, each compared with the first (none for the first itself). */
    public List<HistoryEntry> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        List<PsfsAnswer> all = answers.findAll();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int index = all.size() - 1; index >= 0; index--) {
            PsfsAnswer answer = all.get(index);
            entries.add(new HistoryEntry(
                    answer, index == 0 ? Optional.empty() : Optional.of(PsfsComparison.of(all.get(0), answer))));
        }
        return List.copyOf(entries);
    }

    private static boolean sameActivities(List<String> earlier, List<String> later) {
        return folded(earlier).equals(folded(later)) && earlier.size() == later.size();
    }

    private static Set<String> folded(List<String> activities) {
        return activities.stream()
                .map(activity -> activity.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /**
     * An answer as saved, and what changed since the first and the previous answer (none when it is
     * the first).
     */
    public record Recorded(
            PsfsAnswer answer, Optional<PsfsComparison> sinceFirst, Optional<PsfsComparison> sincePrevious) {}

    /** One answer of the history and what changed since the first answer (none for the first). */
    public record HistoryEntry(PsfsAnswer answer, Optional<PsfsComparison> sinceFirst) {}
}
