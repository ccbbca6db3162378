package io.nape.store.records;

import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A pain entry: one row of {@code pain_entry}, one object of {@code painEntries}, one line of {@code pain-entries.csv}. */
public final class PainEntryDescription {
    static final Field<PainEntry, Long> ID = Field.id(entry -> Objects.requireNonNull(entry.id(), "pain entry id"));
    static final Field<PainEntry, Instant> AT = Field.instant("at", PainEntry::at);
    static final Field<PainEntry, Integer> PAIN = Field.number("pain", 0, PainEntry.MAX_RATING, PainEntry::pain);
    static final Field<PainEntry, Set<PainArea>> WHERE = Field.keys(
                    "where", KeySet.of(PainArea.values(), PainArea::key, PainArea::fromKey), PainEntry::where)
            .column("areas");
    static final Field<PainEntry, Set<PainCharacter>> CHARACTER = Field.keys(
                    "character",
                    KeySet.of(PainCharacter.values(), PainCharacter::key, PainCharacter::fromKey),
                    PainEntry::character)
            .column("characters");
    static final Field<PainEntry, Integer> STIFFNESS = Field.number(
                    "stiffness", 0, PainEntry.MAX_RATING, PainEntry::stiffness)
            .optional();
    static final Field<PainEntry, String> NOTE =
            Field.text("note", PainEntry.MAX_NOTE_LENGTH, true, PainEntry::note).freeText();

    public static final RecordType<PainEntry> TYPE = new RecordType<>(
            "painEntry",
            "painEntries",
            "pain_entry",
            List.of(ID, AT, PAIN, WHERE, CHARACTER, STIFFNESS, NOTE),
            values -> new PainEntry(
                    values.get(ID),
                    values.get(AT),
                    values.get(PAIN),
                    values.get(WHERE),
                    values.get(CHARACTER),
                    values.find(STIFFNESS),
                    values.get(NOTE)));

    private PainEntryDescription() {}
}
