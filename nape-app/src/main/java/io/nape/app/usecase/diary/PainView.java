package io.nape.app.usecase.diary;

import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pain entry in JSON; areas and characters by their ids. The API answers with the same. */
public record PainView(
        long id,
        String at,
        int pain,
        List<String> where,
        List<String> character,
        @Nullable Integer stiffness,
        String note) {
    public static PainView of(PainEntry entry) {
        return new PainView(
                entry.id() == null ? 0 : entry.id(),
                entry.at().toString(),
                entry.pain(),
                entry.where().stream().map(PainArea::key).toList(),
                entry.character().stream().map(PainCharacter::key).toList(),
                entry.stiffness(),
                entry.note());
    }
}
