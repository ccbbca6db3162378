package io.nape.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.progress.ProgressPages;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.diary.StrongPain;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final PersonRecords records;
    private final Clock clock;

    public DiaryPages(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/diary", ctx -> render(ctx, WebTexts.of(ctx), new DiaryForm("", List.of(), "", Map.of()), null));
        routes.post("/diary", this::log);
    }

    private void log(Context ctx) {
        Texts t = WebTexts.of(ctx);
        String pain = text(ctx.formParam("pain"));
        List<String> where = ctx.formParams("where");
        String note = text(ctx.formParam("note"));
        Map<String, String> errors = new LinkedHashMap<>();
        Integer rating = rating(t, pain, errors);
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        for (String key : where) {
            Optional<PainArea> area = PainArea.fromKey(key);
            area.ifPresentOrElse(areas::add, () -> errors.put("where", t.get("diarypage.error.where")));
        }
        int length = note.codePointCount(0, note.length());
        if (length > PainEntry.MAX_NOTE_LENGTH) {
            errors.put("note", t.get("diarypage.error.note", "max", PainEntry.MAX_NOTE_LENGTH, "length", length));
        }
        if (rating == null || !errors.isEmpty()) {
            ctx.status(400);
            render(ctx, t, new DiaryForm(pain, where, note, errors), null);
            return;
        }
        Instant now = clock.instant();
        PainEntryRepository entries = records.painEntries();
        List<PainEntry> earlier = entries.findBetween(now.minus(StrongPain.LOOKBACK), now);
        PainEntry saved = entries.save(new PainEntry(null, now, rating, areas, Set.of(), null, note));
        String advice;
        switch (StrongPain.of(saved, earlier)) {
            case HIGH:
                advice = t.get("diarypage.advice.high");
                break;
            case RISING:
                advice = t.get("diarypage.advice.rising");
                break;
            default:
                advice = "";
        }
        render(ctx, t, new DiaryForm("", List.of(), "", Map.of()), new Logged(saved.pain(), advice));
    }

    private static @Nullable Integer rating(Texts t, String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put("pain", t.get("diarypage.error.painMissing"));
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
        errors.put("pain", t.get("diarypage.error.painRange"));
        return null;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private void render(Context ctx, Texts t, DiaryForm form, @Nullable Logged logged) {
        ZoneId zone = records.settings().timeZone();
        List<EntryRow> recent = new ArrayList<>();
        for (PainEntry entry : records.painEntries().findLatest(RECENT)) {
            recent.add(EntryRow.of(t, entry, zone));
        }
        List<AreaChoice> areas = Arrays.stream(PainArea.values())
                .map(area -> new AreaChoice(area.key(), areaWords(t, area)))
                .toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", new DiaryPage(form, logged, recent, areas));
        PageRenderer.render(ctx, "diary/diary.jte", params);
    }

    /** What a pain rating means, in words, for the anchors of the scale. */
    public static String anchor(Texts t, int pain) {
        String band;
        if (pain == 0) {
            band = "none";
        } else if (pain <= 3) {
            band = "mild";
        } else if (pain <= 6) {
            band = "moderate";
        } else if (pain <= 9) {
            band = "severe";
        } else {
            band = "worst";
        }
        return t.get("diarypage.anchor." + band);
    }

    /** Where it hurts, in words, from the diary's texts where they have it. */
    static String areaWords(Texts t, PainArea area) {
        return WebTexts.shared(t, "pain.area." + area.name(), area.label());
    }

    /** Everything the diary shows. */
    public record DiaryPage(DiaryForm form, @Nullable Logged logged, List<EntryRow> recent, List<AreaChoice> areas) {}

    /** One place to tick: its key in the form and its words. */
    public record AreaChoice(String key, String label) {}

    /** The form as typed, with the message of each field that does not fit. */
    public record DiaryForm(String pain, List<String> where, String note, Map<String, String> errors) {
        public DiaryForm {
            where = List.copyOf(where);
            errors = Map.copyOf(errors);
        }

        public @Nullable String error(String field) {
            return errors.get(field);
        }

        public boolean ticked(String area) {
            return where.contains(area);
        }
    }

    /** What was just logged, and any advice to take the check. */
    public record Logged(int pain, String advice) {
        /** The pain in words. */
        public String words(Texts t) {
            return anchor(t, pain);
        }
    }

    /** One entry of the diary. */
    public record EntryRow(String when, int pain, String words, String where, String feels, String note) {
        static EntryRow of(Texts t, PainEntry entry, ZoneId zone) {
            return new EntryRow(
                    t.get(
                            "diarypage.when",
                            "day",
                            ProgressPages.shortDay(t, entry.at().atZone(zone).toLocalDate()),
                            "time",
                            TIME.format(entry.at().atZone(zone))),
                    entry.pain(),
                    anchor(t, entry.pain()),
                    entry.where().stream().map(area -> areaWords(t, area)).collect(Collectors.joining(", ")),
                    entry.character().stream()
                            .map(character -> WebTexts.shared(t, "pain.character." + character.name(), character.key()))
                            .collect(Collectors.joining(", ")),
                    entry.note());
        }
    }
}
