package io.nape.core.diary;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Record how much the neck hurt at one moment, where, and how it felt. This is health data: it is
 * never logged, and no message ever quotes the note.
 *
 * @param id the store's id, or null before it is saved
 * @param pain the numeric rating, 0 (none) to 10 (the worst imaginable)
 * @param where the areas that hurt; empty when not said
 * @param character what the pain feels like; empty when not said
 * @param stiffness how stiff the neck is, 0 to 10, or null when not said
 * @param note the person's own words, at most {@value #MAX_NOTE_LENGTH} characters; empty for none
 */
public record PainEntry(
        @Nullable Long id,
        Instant at,
        int pain,
        Set<PainArea> where,
        Set<PainCharacter> character,
        @Nullable Integer stiffness,
        String note) {
    public static final int MAX_RATING = 10;
    public static final int MAX_NOTE_LENGTH = 500;

    public PainEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        where = copyOf(where, PainArea.class);
        character = copyOf(character, PainCharacter.class);
        if (pain < 0 || pain > MAX_RATING) {
            throw new InvalidPainEntryException("Pain must be from 0 to 10, was " + pain + ".")
                    .withText("diary.painOutOfRange", "value", pain);
        }
        if (stiffness != null && (stiffness < 0 || stiffness > MAX_RATING)) {
            throw new InvalidPainEntryException("Stiffness must be from 0 to 10, was " + stiffness + ".")
                    .withText("diary.stiffnessOutOfRange", "value", stiffness);
        }
        int length = note.codePointCount(0, note.length());
        if (length > MAX_NOTE_LENGTH) {
            throw new InvalidPainEntryException("The note must be at most " + MAX_NOTE_LENGTH + " characters, was "
                            + length + "; shorten it.")
                    .withText("diary.noteTooLong", "max", MAX_NOTE_LENGTH, "length", length);
        }
    }

    public PainEntry withId(long newId) {
        return new PainEntry(newId, at, pain, where, character, stiffness, note);
    }

    public PainEntry withAt(Instant newAt) {
        return new PainEntry(id, newAt, pain, where, character, stiffness, note);
    }

    private static <E extends Enum<E>> Set<E> copyOf(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
