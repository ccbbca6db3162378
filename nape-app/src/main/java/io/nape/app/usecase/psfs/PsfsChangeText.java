package io.nape.app.usecase.psfs;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.psfs.ActivityChange;
import io.nape.core.psfs.PsfsComparison;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Say in plain sentences what changed in the PSFS since the first answer: one for the score and one
 * per activity, such as "Looking over my shoulder: 4 → 7 since 3 November, a real improvement", the
 * date in the person's zone and language. Shared by the command line, the pages and the API.
 */
public final class PsfsChangeText {
    private PsfsChangeText() {}

    /** A score out of ten, such as "5.5 of 10". */
    public static String score(Texts t, double score) {
        return t.get("psfschange.score", "score", score);
    }

    /**
     * The sentences for {@code history} (newest first, as {@link MeasureFunction#history} gives it):
     * none without answers, one inviting a second answer after the first, else the score's and each
     * activity's change since the first answer.
     */
    public static List<String> sinceFirst(Texts t, ZoneId zone, List<MeasureFunction.HistoryEntry> history) {
        if (history.isEmpty()) {
            return List.of();
        }
        MeasureFunction.HistoryEntry latest = history.get(0);
        Optional<PsfsComparison> since = latest.sinceFirst();
        if (since.isEmpty()) {
            return List.of(
                    t.get("psfschange.first", "date", day(t, latest.answer().at(), zone)));
        }
        PsfsComparison comparison = since.get();
        String date = day(t, comparison.since(), zone);
        List<String> sentences = new ArrayList<>();
        sentences.add(t.get(
                "psfschange.total." + key(comparison.meaningfulChange()),
                "from",
                comparison.earlier().score(),
                "to",
                comparison.later().score(),
                "date",
                date));
        for (ActivityChange change : comparison.activities()) {
            sentences.add(t.get(
                    "psfschange.activity." + key(change.meaningfulChange()),
                    "activity",
                    change.activity(),
                    "from",
                    change.from(),
                    "to",
                    change.to(),
                    "date",
                    date));
        }
        return List.copyOf(sentences);
    }

    /** A day and month, such as "3 November" or "3 ноября", in the person's zone. */
    public static String day(Texts t, Instant at, ZoneId zone) {
        Locale locale = t.language() == Language.RUSSIAN ? t.locale() : Locale.ENGLISH;
        return t.get(
                "psfschange.day",
                "date",
                DateTimeFormatter.ofPattern("d MMMM", locale).format(at.atZone(zone)));
    }

    private static String key(Optional<MeaningfulChange> change) {
        return change.map(MeaningfulChange::key).orElse("none");
    }
}
