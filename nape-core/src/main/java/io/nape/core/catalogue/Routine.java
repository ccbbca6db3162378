package io.nape.core.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * Name a sequence of exercises to play as one session.
 *
 * @param restSeconds rest between two exercises
 * @param notes where the routine departs from the source, or the source is unclear
 */
public record Routine(
        RoutineId id,
        String name,
        String summary,
        Part part,
        List<RoutineItem> items,
        int restSeconds,
        List<String> notes) {
    /** The most exercises in one routine; the longest of the source, the morning complex, has 9. */
    public static final int MAX_EXERCISES = 30;

    /** The longest rest between two exercises in seconds; the source's routines rest 5. */
    public static final int MAX_REST_SECONDS = 120;

    /**
     * The longest a routine may last at the full level, in minutes: an hour, against 17 for the
     * longest of the source (the morning complex), so that a session never runs for hours.
     */
    public static final int MAX_FULL_MINUTES = 60;

    public Routine {
        Objects.requireNonNull(id, "id");
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        if (name.isBlank()) {
            throw new IllegalArgumentException("routine " + id + " needs a name");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("routine " + id + " needs at least one exercise");
        }
        if (items.size() > MAX_EXERCISES) {
            throw new IllegalArgumentException(
                    "routine " + id + " may have at most " + MAX_EXERCISES + " exercises, has " + items.size());
        }
        if (restSeconds < 0 || restSeconds > MAX_REST_SECONDS) {
            throw new IllegalArgumentException("restSeconds must be 0-" + MAX_REST_SECONDS + ", was " + restSeconds);
        }
    }

    /** The texts a person reads of this routine. */
    public RoutineTexts texts() {
        return new RoutineTexts(name, summary, notes);
    }

    /** This routine with the texts of another language; the texts must have as many notes. */
    public Routine withTexts(RoutineTexts texts) {
        if (texts.notes().size() != notes.size()) {
            throw new IllegalArgumentException("routine " + id + " has " + notes.size() + " notes, the texts have "
                    + texts.notes().size());
        }
        return new Routine(id, texts.name(), texts.summary(), part, items, restSeconds, texts.notes());
    }
}
