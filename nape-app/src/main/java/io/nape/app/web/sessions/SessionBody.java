package io.nape.app.web.sessions;

import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Routine;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Read a session the web player finished, strictly: every field is required, an unknown field, a
 * wrong type, an unknown id or key, a start more than ten years ago, an end before the start or in
 * the future, and an exercise that is not the routine's at that position are each refused with one
 * sentence.
 */
final class SessionBody {
    static final String EXAMPLE = "{\"routine\": \"desk-a\", \"level\": \"standard\", \"startedAt\":"
            + " \"2026-03-30T08:00:00Z\", \"endedAt\": \"2026-03-30T08:05:00Z\", \"outcome\": \"completed\","
            + " \"exercises\": [{\"position\": 0, \"exercise\": \"iso-forehead-press\", \"status\": \"completed\"}]}";
    static final List<String> FIELDS = List.of("routine", "level", "startedAt", "endedAt", "outcome", "exercises");
    static final List<String> EXERCISE_FIELDS = List.of("position", "exercise", "status");
    static final Duration LONGEST = Duration.ofHours(24);
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private SessionBody() {}

    static SessionLog read(JsonNode body, Catalogue catalogue, Instant now) {
        JsonRequest.onlyFields(body, FIELDS);
        for (String field : FIELDS) {
            if (!body.has(field) || body.get(field).isNull()) {
                throw new BadRequestException(
                        "The field \"" + field + "\" is missing; a session needs " + String.join(", ", FIELDS) + ".");
            }
        }
        String routineId = text(body, "routine");
        Routine routine = catalogue
                .findRoutine(routineId)
                .orElseThrow(() -> new BadRequestException(
                        "\"routine\" is not a routine of the catalogue; GET /api/routines lists the routines."));
        DosageLevel level = key(body, "level", DosageLevel::fromKey, DosageLevel.values(), DosageLevel::key);
        Instant startedAt = instant(body, "startedAt");
        Instant endedAt = instant(body, "endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new BadRequestException("\"endedAt\" is before \"startedAt\"; a session ends after it starts.");
        }
        if (endedAt.isAfter(now.plus(CLOCK_SLACK))) {
            throw new BadRequestException("\"endedAt\" is in the future; send a session once it has ended.");
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        DateLimits.checkFirst(today, startedAt.atZone(ZoneOffset.UTC).toLocalDate(), "\"startedAt\"");
        if (Duration.between(startedAt, endedAt).compareTo(LONGEST) > 0) {
            throw new BadRequestException(
                    "The session lasted more than 24 hours, from \"startedAt\" to \"endedAt\";" + " check both times.");
        }
        SessionOutcome outcome =
                key(body, "outcome", SessionOutcome::fromKey, SessionOutcome.values(), SessionOutcome::key);
        List<ExerciseResult> results = exercises(body.get("exercises"), routine, catalogue);
        return new SessionLog(null, routine.id(), level, startedAt, endedAt, outcome, results);
    }

    private static List<ExerciseResult> exercises(JsonNode list, Routine routine, Catalogue catalogue) {
        if (!list.isArray()) {
            throw new BadRequestException("\"exercises\" must be a list such as [{\"position\": 0, \"exercise\":"
                    + " \"iso-forehead-press\", \"status\": \"completed\"}].");
        }
        List<ExerciseResult> results = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        int count = routine.items().size();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new BadRequestException("Each item of \"exercises\" must be an object with "
                        + String.join(", ", EXERCISE_FIELDS) + ".");
            }
            JsonRequest.onlyFields(item, EXERCISE_FIELDS);
            JsonNode position = item.get("position");
            if (position == null || !position.isIntegralNumber() || !position.canConvertToInt()) {
                throw new BadRequestException("Each exercise needs a \"position\", a whole number from 0 to "
                        + (count - 1) + " for " + routine.id() + ".");
            }
            int at = position.intValue();
            if (at < 0 || at >= count) {
                throw new BadRequestException(
                        "\"position\" must be from 0 to " + (count - 1) + " for " + routine.id() + ", was " + at + ".");
            }
            if (!positions.add(at)) {
                throw new BadRequestException("Position " + at + " is listed twice in \"exercises\"; give each once.");
            }
            String exerciseId = text(item, "exercise");
            if (catalogue.findExercise(exerciseId).isEmpty()) {
                throw new BadRequestException("\"exercise\" at position " + at
                        + " is not an exercise of the catalogue; GET /api/exercises" + " lists the exercises.");
            }
            ExerciseId expected = routine.items().get(at).exercise();
            if (!expected.value().equals(exerciseId)) {
                throw new BadRequestException("The exercise at position " + at + " of " + routine.id() + " is "
                        + expected + ", not " + exerciseId + ".");
            }
            ExerciseStatus status =
                    key(item, "status", ExerciseStatus::fromKey, ExerciseStatus.values(), ExerciseStatus::key);
            results.add(new ExerciseResult(at, expected, status));
        }
        results.sort(Comparator.comparingInt(ExerciseResult::position));
        return results;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isString()) {
            throw new BadRequestException("\"" + field + "\" must be text in quotes.");
        }
        return value.stringValue();
    }

    private static Instant instant(JsonNode object, String field) {
        String text = text(object, field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException wrong) {
            throw new BadRequestException("\"" + field + "\" must be a moment written like 2026-03-30T08:00:00Z.");
        }
    }

    private static <T> T key(
            JsonNode object, String field, Function<String, Optional<T>> lookup, T[] all, Function<T, String> keyOf) {
        String text = text(object, field);
        String keys = Arrays.stream(all).map(keyOf).collect(Collectors.joining(", "));
        return lookup.apply(text)
                .filter(value -> keyOf.apply(value).equals(text))
                .orElseThrow(() -> new BadRequestException("\"" + field + "\" must be one of " + keys + "."));
    }
}
