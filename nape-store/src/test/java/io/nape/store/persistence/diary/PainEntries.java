package io.nape.store.persistence.diary;

import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/** Build pain entries for tests, valid by default. */
final class PainEntries {
    static final Instant MONDAY_TWO_PM = Instant.parse("2026-03-30T12:05:00.987654321Z");

    private static final String[] NOTE_WORDS = {
        "after", "a", "long", "call", "Überstunden", "😣", "'quoted'", "\"x\"", ","
    };

    private PainEntries() {}

    static PainEntry aPainEntry(Instant at) {
        return new PainEntry(
                null,
                at,
                4,
                EnumSet.of(PainArea.NECK, PainArea.SHOULDER_GIRDLE),
                EnumSet.of(PainCharacter.ACHING),
                3,
                "after a long call");
    }

    /** An entry whose every field comes from the random source, empty sets and no stiffness included. */
    static PainEntry aRandomPainEntry(Random random) {
        Set<PainArea> where = EnumSet.noneOf(PainArea.class);
        for (PainArea area : PainArea.values()) {
            if (random.nextBoolean()) {
                where.add(area);
            }
        }
        Set<PainCharacter> character = EnumSet.noneOf(PainCharacter.class);
        for (PainCharacter each : PainCharacter.values()) {
            if (random.nextInt(3) == 0) {
                character.add(each);
            }
        }
        StringBuilder note = new StringBuilder();
        int words = random.nextInt(8);
        for (int index = 0; index < words; index++) {
            note.append(index == 0 ? "" : " ").append(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]);
        }
        return new PainEntry(
                null,
                Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000)),
                random.nextInt(11),
                where,
                character,
                random.nextInt(4) == 0 ? null : random.nextInt(11),
                note.toString());
    }
}
