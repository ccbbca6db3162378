package io.nape.store.catalogue;

import java.util.List;

/**
 * Keep where an entry was read, so that problems found later (across files) name the place.
 *
 * @param references for a routine, the exercises it names and their lines
 * @param maxMinutes for a routine, the longest it may last at the full level
 */
record Located<T>(T value, String file, int line, List<Reference> references, int maxMinutes) {
    Located {
        references = List.copyOf(references);
    }

    Located<T> withReferences(List<Reference> newReferences, int newMaxMinutes) {
        return new Located<>(value, file, line, newReferences, newMaxMinutes);
    }
}
