package io.nape.app.data;

import io.nape.app.cli.settings.SettingsJson;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.StoredData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Write everything a person owns as one JSON document, format version {@value #FORMAT_VERSION}
 * (documented in {@code docs/data-format.md}).
 *
 * <p>The output is a function of the data alone: keys in a fixed order, records in the store's
 * order (by time, then id), sets in a fixed order, no export time. So an export, imported into an
 * empty folder and exported again, gives the same bytes.
 */
public final class DataFile {
    public static final int FORMAT_VERSION = 1;

    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataFile() {}

    public static byte[] write(DataBundle bundle) {
        StoredData data = bundle.stored();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        if (data.settings() == null) {
            root.putNull("settings");
        } else {
            root.set("settings", SettingsJson.toTree(data.settings()));
        }
        putInstant(root, "pausedUntil", data.pausedUntil());
        ArrayNode screenings = root.putArray("screenings");
        data.screenings().forEach(screening -> screening(screenings.addObject(), screening));
        ArrayNode painEntries = root.putArray("painEntries");
        data.painEntries().forEach(entry -> painEntry(painEntries.addObject(), entry));
        ArrayNode sessionLogs = root.putArray("sessionLogs");
        data.sessionLogs().forEach(log -> sessionLog(sessionLogs.addObject(), log));
        ArrayNode reminders = root.putArray("reminders");
        data.reminders().forEach(record -> reminder(reminders.addObject(), record));
        ArrayNode files = root.putArray("catalogueFiles");
        bundle.catalogueFiles()
                .forEach(file -> files.addObject().put("name", file.name()).put("text", file.text()));
        return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void screening(ObjectNode node, Screening screening) {
        node.put("id", screening.id());
        node.put("at", screening.at().toString());
        SymptomReport report = screening.report();
        ObjectNode answers = node.putObject("report");
        answers.put("age", report.age());
        answers.put("painLevel", report.painLevel());
        answers.put("daysSinceOnset", report.daysSinceOnset());
        answers.put("worsening", report.worsening());
        answers.put("onset", report.onset().key());
        keys(answers.putArray("signs"), report.signs(), Sign::key);
        keys(answers.putArray("conditions"), report.conditions(), Condition::key);
        ObjectNode result = node.putObject("result");
        result.put("level", screening.result().level().name());
        result.put("exercise", screening.result().exercise().name());
        ArrayNode reasons = result.putArray("reasons");
        for (Reason reason : screening.result().reasons()) {
            reasons.addObject()
                    .put("rule", reason.rule())
                    .put("level", reason.level().name())
                    .put("exercise", reason.exercise().name())
                    .put("says", reason.says())
                    .put("source", reason.source());
        }
    }

    private static void painEntry(ObjectNode node, PainEntry entry) {
        node.put("id", entry.id());
        node.put("at", entry.at().toString());
        node.put("pain", entry.pain());
        keys(node.putArray("where"), entry.where(), PainArea::key);
        keys(node.putArray("character"), entry.character(), PainCharacter::key);
        node.put("stiffness", entry.stiffness());
        node.put("note", entry.note());
    }

    private static void sessionLog(ObjectNode node, SessionLog log) {
        node.put("id", log.id());
        node.put("routine", log.routine().value());
        node.put("level", log.level().key());
        node.put("startedAt", log.startedAt().toString());
        node.put("endedAt", log.endedAt().toString());
        node.put("outcome", log.outcome().key());
        ArrayNode exercises = node.putArray("exercises");
        for (ExerciseResult result : log.exercises()) {
            exercises
                    .addObject()
                    .put("position", result.position())
                    .put("exercise", result.exercise().value())
                    .put("status", result.status().key());
        }
    }

    private static void reminder(ObjectNode node, ReminderRecord record) {
        PlanEvent event = record.event();
        node.putObject("event")
                .put("day", event.day().toString())
                .put("at", event.atText())
                .put("kind", event.kind().name())
                .put("routine", event.routine().value())
                .put("level", event.level().key())
                .put("minutes", event.minutes());
        node.put("outcome", record.outcome().key());
        node.put("at", record.at().toString());
        node.put("detail", record.detail());
    }

    /** Keys sorted, so that a set always reads the same. */
    private static <T> void keys(ArrayNode array, Collection<T> values, Function<T, String> key) {
        values.stream().map(key).sorted().forEach(array::add);
    }

    private static void putInstant(ObjectNode node, String name, @Nullable Instant instant) {
        if (instant == null) {
            node.putNull(name);
        } else {
            node.put(name, instant.toString());
        }
    }
}
