package io.nape.app.web.sessions;

import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.plan.PlanEngine;
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
    static final String EXERCISES_EXAMPLE =
            "[{\"position\": 0, \"exercise\": \"iso-forehead-press\", \"status\": \"completed\"}]";
    static final List<String> FIELDS = List.of("routine", "level", "startedAt", "endedAt", "outcome", "exercises");
    static final List<String> EXERCISE_FIELDS = List.of("position", "exercise", "status");
    static final Duration LONGEST = Duration.ofHours(24);
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private SessionBody() {}

    static SessionLog read(JsonNode body, Catalogue catalogue, Instant now) {
        JsonRequest.onlyFields(body, FIELDS);
        for (String field : FIELDS) {
            if (!body.has(field) || body.get(field).isNull()) {
                throw new BadRequestException(field + " is missing")
                        .withText("api.sessions.missing", "field", field, "fields", String.join(", ", FIELDS));
            }
        }
        String routineId = text(body, "routine");
        boolean deskBreak = routineId.equals(PlanEngine.DESK_BREAK.value());
        String judged = deskBreak ? PlanEngine.ISOMETRIC_COMPLEX.value() : routineId;
        Routine routine = catalogue.findRoutine(judged).orElseThrow(() -> new BadRequestException(
                        "routine is not in the catalogue")
                .withText("api.sessions.unknownRoutine", "list", "GET /api/routines"));
        DosageLevel level = key(body, "level", DosageLevel::fromKey, DosageLevel.values(), DosageLevel::key);
        Instant startedAt = instant(body, "startedAt");
        Instant endedAt = instant(body, "endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new BadRequestException("endedAt is before startedAt").withText("api.sessions.endsBeforeStart");
        }
        if (endedAt.isAfter(now.plus(CLOCK_SLACK))) {
            throw new BadRequestException("endedAt is in the future").withText("api.sessions.endsInFuture");
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        DateLimits.checkFirst(today, startedAt.atZone(ZoneOffset.UTC).toLocalDate(), "\"startedAt\"");
        if (Duration.between(startedAt, endedAt).compareTo(LONGEST) > 0) {
            throw new BadRequestException("the session lasted more than " + LONGEST)
                    .withText("api.sessions.tooLong", "hours", LONGEST.toHours());
        }
        SessionOutcome outcome =
                key(body, "outcome", SessionOutcome::fromKey, SessionOutcome.values(), SessionOutcome::key);
        List<ExerciseResult> results = exercises(body.get("exercises"), routine, catalogue, deskBreak);
        return new SessionLog(
                null, deskBreak ? PlanEngine.DESK_BREAK : routine.id(), level, startedAt, endedAt, outcome, results);
    }

    /**
     * The exercises of a session of {@code routine}; for a micro-break ({@code deskBreak}), cut from
     * that routine (the complex), each position holds any one of its exercises.
     */
    private static List<ExerciseResult> exercises(
            JsonNode list, Routine routine, Catalogue catalogue, boolean deskBreak) {
        if (!list.isArray()) {
            throw new BadRequestException("exercises is not a list")
                    .withText("api.sessions.exercisesNotAList", "example", EXERCISES_EXAMPLE);
        }
        List<ExerciseResult> results = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        int count = routine.items().size();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new BadRequestException("an item of exercises is not an object")
                        .withText("api.sessions.itemNotObject", "fields", String.join(", ", EXERCISE_FIELDS));
            }
            JsonRequest.onlyFields(item, EXERCISE_FIELDS);
            JsonNode position = item.get("position");
            if (position == null || !position.isIntegralNumber() || !position.canConvertToInt()) {
                throw new BadRequestException("an exercise has no position")
                        .withText(
                                "api.sessions.noPosition",
                                "last",
                                count - 1,
                                "routine",
                                routine.id().value());
            }
            int at = position.intValue();
            if (at < 0 || at >= count) {
                throw new BadRequestException("position must be 0-" + (count - 1) + ", was " + at)
                        .withText(
                                "api.sessions.positionOutOfRange",
                                "last",
                                count - 1,
                                "routine",
                                routine.id().value(),
                                "position",
                                at);
            }
            if (!positions.add(at)) {
                throw new BadRequestException("position " + at + " is listed twice")
                        .withText("api.sessions.positionTwice", "position", at);
            }
            String exerciseId = text(item, "exercise");
            if (catalogue.findExercise(exerciseId).isEmpty()) {
                throw new BadRequestException("the exercise at position " + at + " is not in the catalogue")
                        .withText("api.sessions.unknownExercise", "position", at, "list", "GET /api/exercises");
            }
            ExerciseId expected = deskBreak
                    ? routine.items().stream()
                            .map(RoutineItem::exercise)
                            .filter(exercise -> exercise.value().equals(exerciseId))
                            .findFirst()
                            .orElse(routine.items().get(at).exercise())
                    : routine.items().get(at).exercise();
            if (!expected.value().equals(exerciseId)) {
                throw new BadRequestException("the exercise at position " + at + " is " + expected)
                        .withText(
                                "api.sessions.wrongExercise",
                                "position",
                                at,
                                "routine",
                                routine.id().value(),
                                "expected",
                                expected.value(),
                                "given",
                                exerciseId);
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
            throw new BadRequestException(field + " is not text").withText("api.sessions.notText", "field", field);
        }
        return value.stringValue();
    }

    private static Instant instant(JsonNode object, String field) {
        String text = text(object, field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException wrong) {
            throw new BadRequestException(field + " is not a moment")
                    .withText("api.sessions.notAMoment", "field", field);
        }
    }

    private static <T> T key(
            JsonNode object, String field, Function<String, Optional<T>> lookup, T[] all, Function<T, String> keyOf) {
        String text = text(object, field);
        String keys = Arrays.stream(all).map(keyOf).collect(Collectors.joining(", "));
        return lookup.apply(text)
                .filter(value -> keyOf.apply(value).equals(text))
                .orElseThrow(() -> new BadRequestException(field + " is not one of " + keys)
                        .withText("api.sessions.notOneOf", "field", field, "keys", keys));
    }
}
