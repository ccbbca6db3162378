package io.nape.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.diary.PainView;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.QueryParameters;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.diary.StrongPain;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Log pain and list the pain entries. Entries are health data: no message quotes a value or the
 * note, and a strong or rising pain answers with the advice to take the check again, in the
 * request's language.
 */
public final class DiaryApi implements WebFeature {
    static final List<String> FIELDS = List.of("pain", "where", "character", "stiffness", "note");
    static final String EXAMPLE = "{\"pain\": 4, \"where\": [\"neck\"], \"character\": [\"aching\"], \"stiffness\": 3,"
            + " \"note\": \"after a long call\"}";
    static final int MAX_LIMIT = 1000;

    private final PersonRecords records;
    private final Clock clock;

    public DiaryApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/diary/pain", this::list);
        routes.post("/api/diary/pain", this::log);
    }

    private void list(Context ctx) {
        int limit = QueryParameters.limit(ctx, 50, MAX_LIMIT);
        ctx.json(records.painEntries().findLatest(limit).stream()
                .map(PainView::of)
                .toList());
    }

    private void log(Context ctx) {
        JsonNode body = JsonRequest.object(ctx, EXAMPLE);
        JsonRequest.onlyFields(body, FIELDS);
        Instant now = clock.instant();
        PainEntry entry = new PainEntry(
                null,
                now,
                rating(body, "pain").orElseThrow(() -> new BadRequestException("pain is missing")
                        .withText("api.diary.painMissing")),
                keys(body, "where", PainArea.class, PainArea::fromKey, PainArea::key),
                keys(body, "character", PainCharacter.class, PainCharacter::fromKey, PainCharacter::key),
                rating(body, "stiffness").orElse(null),
                note(body));
        PainEntryRepository entries = records.painEntries();
        List<PainEntry> earlier = entries.findBetween(now.minus(StrongPain.LOOKBACK), now);
        PainEntry saved = entries.save(entry);
        StrongPain.Finding finding = StrongPain.of(saved, earlier);
        Texts texts = WebTexts.of(ctx);
        String advice = finding == StrongPain.Finding.HIGH
                ? texts.get("api.diary.strong")
                : finding == StrongPain.Finding.RISING ? texts.get("api.diary.rising") : null;
        ctx.status(201).json(new Logged(PainView.of(saved), finding.callsForCheck(), advice));
    }

    private static Optional<Integer> rating(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()
                || !value.canConvertToInt()
                || value.intValue() < 0
                || value.intValue() > PainEntry.MAX_RATING) {
            throw new BadRequestException(field + " must be 0-10").withText("api.diary.rating", "field", field);
        }
        return Optional.of(value.intValue());
    }

    private static <E extends Enum<E>> Set<E> keys(
            JsonNode body, String field, Class<E> type, Function<String, Optional<E>> lookup, Function<E, String> key) {
        JsonNode value = body.get(field);
        Set<E> found = EnumSet.noneOf(type);
        if (value == null || value.isNull()) {
            return found;
        }
        String all = Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.joining(", "));
        if (!value.isArray()) {
            throw new BadRequestException(field + " is not a list")
                    .withText("api.diary.notAList", "field", field, "keys", all);
        }
        for (JsonNode item : value) {
            E constant = item.isString()
                    ? lookup.apply(item.stringValue())
                            .filter(candidate -> key.apply(candidate).equals(item.stringValue()))
                            .orElse(null)
                    : null;
            if (constant == null) {
                throw new BadRequestException(field + " holds an unknown key")
                        .withText("api.diary.onlyKeys", "field", field, "keys", all);
            }
            found.add(constant);
        }
        return found;
    }

    private static String note(JsonNode body) {
        JsonNode value = body.get("note");
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new BadRequestException("note is not text").withText("api.diary.noteNotText");
        }
        String note = value.stringValue().strip();
        if (note.codePointCount(0, note.length()) > PainEntry.MAX_NOTE_LENGTH) {
            throw new BadRequestException("note is longer than " + PainEntry.MAX_NOTE_LENGTH)
                    .withText("api.diary.noteTooLong", "max", PainEntry.MAX_NOTE_LENGTH);
        }
        return note;
    }

    /** The answer to a logged pain: the entry, and whether to take the check again. */
    record Logged(
            PainView entry, boolean checkAgain, @Nullable String advice) {}
}
