package io.nape.app.usecase.psfs;

import io.nape.core.person.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a person's PSFS in JSON: the activities to rate next time, the latest answer, every
 * answer newest first, and the weekly prompt.
 */
public record PsfsOverview(
        List<String> activities, @Nullable PsfsView latest, List<PsfsView> history, PromptView prompt) {
    public PsfsOverview {
        activities = List.copyOf(activities);
        history = List.copyOf(history);
    }

    /** Read it all through {@code measure}. */
    public static PsfsOverview of(MeasureFunction measure, PersonId person) {
        List<MeasureFunction.HistoryEntry> entries = measure.history(person);
        List<PsfsView> history = entries.stream().map(PsfsView::of).toList();
        List<String> activities = entries.stream()
                .findFirst()
                .map(entry -> entry.answer().activities())
                .orElse(List.of());
        return new PsfsOverview(
                activities, history.isEmpty() ? null : history.get(0), history, PromptView.of(measure.prompt(person)));
    }

    /**
     * The weekly prompt: {@code due} whether to ask now; {@code dueAt} when it falls or fell due (null
     * before the first check); {@code lastAsked} the last answer or skip (null if none).
     */
    public record PromptView(
            boolean due, @Nullable String dueAt, @Nullable String lastAsked) {
        public static PromptView of(MeasureFunction.Prompt prompt) {
            return new PromptView(prompt.due(), text(prompt.dueAt()), text(prompt.lastAsked()));
        }

        private static @Nullable String text(Optional<Instant> at) {
            return at.map(Instant::toString).orElse(null);
        }
    }
}
