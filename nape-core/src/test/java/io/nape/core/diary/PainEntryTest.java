package io.nape.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PainEntryTest {
    private static final Instant AT = Instant.parse("2026-03-30T12:05:00Z");
    private static final String SECRET_NOTE = "after a row with my manager";

    @Test
    void rejectsPainAboveTen() {
        assertThatThrownBy(() -> entry(11, null, ""))
                .isInstanceOf(InvalidPainEntryException.class)
                .hasMessage("Pain must be from 0 to 10, was 11.");
    }

    @Test
    void rejectsNegativePain() {
        assertThatThrownBy(() -> entry(-1, null, "")).hasMessage("Pain must be from 0 to 10, was -1.");
    }

    @Test
    void rejectsStiffnessOutOfRange() {
        assertThatThrownBy(() -> entry(3, 12, "")).hasMessage("Stiffness must be from 0 to 10, was 12.");
        assertThatThrownBy(() -> entry(3, -2, "")).hasMessage("Stiffness must be from 0 to 10, was -2.");
    }

    @Test
    void rejectsANoteOverFiveHundredCharactersWithoutQuotingIt() {
        String note = SECRET_NOTE + "x".repeat(500);

        assertThatThrownBy(() -> entry(3, null, note))
                .isInstanceOf(InvalidPainEntryException.class)
                .hasMessage("The note must be at most 500 characters, was 527; shorten it.")
                .message()
                .doesNotContain("manager");
    }

    @Test
    void keepsANoteOfExactlyFiveHundredCharactersCountingEmojiAsOne() {
        String note = "\uD83D\uDE23".repeat(500);

        assertThat(entry(3, null, note).note()).isEqualTo(note);
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        assertThat(entry(0, 0, "").pain()).isZero();
        assertThat(entry(10, 10, "").stiffness()).isEqualTo(10);
        assertThat(entry(5, null, "").stiffness()).isNull();
    }

    @Test
    void copiesTheAreasAndCharactersSoLaterChangesDoNotLeakIn() {
        Set<PainArea> where = new HashSet<>(List.of(PainArea.NECK));
        PainEntry entry = new PainEntry(null, AT, 4, where, EnumSet.of(PainCharacter.ACHING), null, "");

        where.add(PainArea.ARMS);

        assertThat(entry.where()).containsExactly(PainArea.NECK);
        assertThatThrownBy(() -> entry.where().add(PainArea.ARMS)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesEveryAreaByItsIdAndByItsShortWord() {
        assertThat(PainArea.SHOULDER_GIRDLE.key()).isEqualTo("shoulder-girdle");
        assertThat(PainArea.fromWord("shoulders")).contains(PainArea.SHOULDER_GIRDLE);
        assertThat(PainArea.fromWord("shoulder-girdle")).contains(PainArea.SHOULDER_GIRDLE);
        assertThat(PainArea.fromWord("head")).contains(PainArea.BACK_OF_HEAD);
        assertThat(PainArea.fromWord("Shoulder-Blades")).contains(PainArea.BETWEEN_SHOULDER_BLADES);
        assertThat(PainArea.fromWord("knee")).isEmpty();
        assertThat(PainArea.fromKey("shoulders")).isEmpty();
        for (PainArea area : PainArea.values()) {
            assertThat(PainArea.fromKey(area.key())).contains(area);
            assertThat(PainArea.fromWord(area.shortName())).contains(area);
        }
    }

    @Test
    void readsEveryCharacterByItsId() {
        for (PainCharacter character : PainCharacter.values()) {
            assertThat(PainCharacter.fromKey(character.key())).contains(character);
        }
        assertThat(PainCharacter.fromKey("burning")).isEmpty();
    }

    private static PainEntry entry(int pain, Integer stiffness, String note) {
        return new PainEntry(null, AT, pain, Set.of(PainArea.NECK), Set.of(), stiffness, note);
    }
}
