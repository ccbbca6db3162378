package io.nape.app.usecase.psfs;

import io.nape.app.usecase.PersonRecords;
import io.nape.core.NapeException;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import io.nape.core.psfs.PsfsPrompt;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.psfs.PsfsRepository;
import io.nape.core.safety.Screening;
import io.nape.core.safety.ScreeningRepository;
import java.time.Clock;
import java.time.Instant;
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
 * when an answer breaks a rule. The weekly prompt is due once the first check is taken and then a
 * week after the last answer or skip ({@link PsfsPrompt}). Activities are health data: no message
 * here names one.
 */
public final class MeasureFunction {
    private final PsfsRepository answers;
    private final ScreeningRepository checks;
    private final Clock clock;

    public MeasureFunction(PersonRecords records) {
        this(records.psfs(), records.screenings(), records.clock());
    }

    public MeasureFunction(PsfsRepository answers, ScreeningRepository checks, Clock clock) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the weekly prompt is due now, and when it is or was. */
    public Prompt prompt(PersonId person) {
        Objects.requireNonNull(person, "person");
        Optional<Instant> lastAsked = answers.lastAsked();
        Instant now = clock.instant();
        if (lastAsked.isPresent()) {
            Instant dueAt = lastAsked.get().plus(PsfsPrompt.EVERY);
            return new Prompt(PsfsPrompt.isDue(lastAsked, now), Optional.of(dueAt), lastAsked, true);
        }
        Optional<Instant> firstCheck = checks.findAll().stream().findFirst().map(Screening::at);
        return new Prompt(firstCheck.isPresent(), firstCheck, Optional.empty(), firstCheck.isPresent());
    }

    /** Skip this week's prompt: it counts as asked, so the next one comes a week from now. */
    public Prompt skip(PersonId person) {
        answers.skip(clock.instant());
        return prompt(person);
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

    /**
     * The weekly prompt's state.
     *
     * @param due whether to ask now
     * @param dueAt when it falls or fell due; empty before the first check
     * @param lastAsked when the person last answered or skipped
     * @param checked whether a first check or an answer was ever given
     */
    public record Prompt(boolean due, Optional<Instant> dueAt, Optional<Instant> lastAsked, boolean checked) {}

    /** One answer of the history and what changed since the first answer (none for the first). */
    public record HistoryEntry(PsfsAnswer answer, Optional<PsfsComparison> sinceFirst) {}
}
