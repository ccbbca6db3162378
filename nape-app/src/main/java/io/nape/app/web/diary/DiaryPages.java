package io.nape.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.diary.StrongPain;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Log pain from 0 to 10 with where it hurts and a note, and show the recent entries. */
public final class DiaryPages implements WebFeature {
    static final int RECENT = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final Wiring wiring;
    private final Clock clock;

    public DiaryPages(Wiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/diary", ctx -> render(ctx, new DiaryForm("", List.of(), "", Map.of()), null));
        routes.post("/diary", this::log);
    }

    private void log(Context ctx) {
        String pain = text(ctx.formParam("pain"));
        List<String> where = ctx.formParams("where");
        String note = text(ctx.formParam("note"));
        Map<String, String> errors = new LinkedHashMap<>();
        Integer rating = rating(pain, errors);
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        for (String key : where) {
            Optional<PainArea> area = PainArea.fromKey(key);
            area.ifPresentOrElse(
                    areas::add, () -> errors.put("where", "One of the ticked places is not one Nape knows."));
        }
        int length = note.codePointCount(0, note.length());
        if (length > PainEntry.MAX_NOTE_LENGTH) {
            errors.put(
                    "note",
                    "The note may have at most " + PainEntry.MAX_NOTE_LENGTH + " characters; it has " + length + ".");
        }
        if (rating == null || !errors.isEmpty()) {
            ctx.status(400);
            render(ctx, new DiaryForm(pain, where, note, errors), null);
            return;
        }
        Instant now = clock.instant();
        PainEntryRepository entries = wiring.painEntries();
        List<PainEntry> earlier = entries.findBetween(now.minus(StrongPain.LOOKBACK), now);
        PainEntry saved = entries.save(new PainEntry(null, now, rating, areas, Set.of(), null, note));
        String advice;
        switch (StrongPain.of(saved, earlier)) {
            case HIGH:
                advice = "That is strong pain. Take the check now to see whether you should talk to a doctor.";
                break;
            case RISING:
                advice = "That is more pain than at any time in the last three days. Take the check now to see"
                        + " whether you should talk to a doctor.";
                break;
            default:
                advice = "";
        }
        render(ctx, new DiaryForm("", List.of(), "", Map.of()), new Logged(saved.pain(), advice));
    }

    private static @Nullable Integer rating(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put("pain", "Choose how much it hurts, from 0 to 10.");
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= PainEntry.MAX_RATING) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.put("pain", "The pain must be a whole number from 0 to 10.");
        return null;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private void render(Context ctx, DiaryForm form, @Nullable Logged logged) {
        ZoneId zone = wiring.settings().timeZone();
        List<EntryRow> recent = new ArrayList<>();
        for (PainEntry entry : wiring.painEntries().findLatest(RECENT)) {
            recent.add(EntryRow.of(entry, zone));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", new DiaryPage(form, logged, recent, List.of(PainArea.values())));
        PageRenderer.render(ctx, "diary/diary.jte", params);
    }

    /** What a pain rating means, in words, for the anchors of the scale. */
    public static String anchor(int pain) {
        if (pain == 0) {
            return "no pain";
        }
        if (pain <= 3) {
            return "mild";
        }
        if (pain <= 6) {
            return "moderate";
        }
        if (pain <= 9) {
            return "severe";
        }
        return "the worst imaginable";
    }

    /** Everything the diary shows. */
    public record DiaryPage(DiaryForm form, @Nullable Logged logged, List<EntryRow> recent, List<PainArea> areas) {}

    /** The form as typed, with the message of each field that does not fit. */
    public record DiaryForm(String pain, List<String> where, String note, Map<String, String> errors) {
        public DiaryForm {
            where = List.copyOf(where);
            errors = Map.copyOf(errors);
        }

        public @Nullable String error(String field) {
            return errors.get(field);
        }

        public boolean ticked(PainArea area) {
            return where.contains(area.key());
        }
    }

    /** What was just logged, and any advice to take the check. */
    public record Logged(int pain, String advice) {}

    /** One entry of the diary. */
    public record EntryRow(String when, int pain, String words, String where, String feels, String note) {
        static EntryRow of(PainEntry entry, ZoneId zone) {
            return new EntryRow(
                    WHEN.format(entry.at().atZone(zone)),
                    entry.pain(),
                    anchor(entry.pain()),
                    entry.where().stream().map(PainArea::label).collect(Collectors.joining(", ")),
                    entry.character().stream().map(PainCharacter::key).collect(Collectors.joining(", ")),
                    entry.note());
        }
    }
}
