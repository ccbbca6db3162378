package io.nape.core.catalogue;

import java.util.List;

/**
 * Hold the texts a person reads of one routine in one language.
 *
 * @param summary empty when the routine has none
 */
public record RoutineTexts(String name, String summary, List<String> notes) {
    public RoutineTexts {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a routine's texts need a name");
        }
        notes = List.copyOf(notes);
        if (notes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("notes must not be empty");
        }
    }
}
