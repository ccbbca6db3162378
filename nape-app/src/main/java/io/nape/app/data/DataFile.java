package io.nape.app.data;

import io.nape.app.usecase.programme.ProposalJson;
import io.nape.app.usecase.settings.SettingsJson;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.DataExport;
import io.nape.store.persistence.StoredData;
import io.nape.store.records.PainEntryDescription;
import io.nape.store.records.PsfsAnswerDescription;
import io.nape.store.records.SessionLogDescription;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
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
    public static final int FORMAT_VERSION = 3;

    /**
     * The oldest format version an import still reads: version 1 lacks the break rules and week
     * sessions, versions 1 and 2 the PSFS answers and the decisions on programme proposals.
     */
    public static final int OLDEST_FORMAT_VERSION = 1;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private DataFile() {}

    /** How many records and catalogue files an export wrote. */
    public record Written(long records, int catalogueFiles) {}

    /**
     * Write the rows to the stream as they are read, one record in memory at a time; the output is
     * the same as that of {@link #write(DataBundle)} for the same data.
     */
    public static Written write(DataExport.Rows rows, List<CatalogueText> catalogueFiles, OutputStream out) {
        long[] records = {0};
        try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberProperty("formatVersion", FORMAT_VERSION);
            json.writeName("settings");
            Settings settings = rows.settings();
            if (settings == null) {
                json.writeNull();
            } else {
                json.writeTree(settings(settings));
            }
            Instant pausedUntil = rows.pausedUntil();
            json.writeName("pausedUntil");
            if (pausedUntil == null) {
                json.writeNull();
            } else {
                json.writeString(pausedUntil.toString());
            }
            json.writeArrayPropertyStart("screenings");
            for (Screening screening : rows.screenings()) {
                json.writeTree(node(object -> screening(object, screening)));
                records[0]++;
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("painEntries");
            rows.forEachPainEntry(entry -> {
                json.writeTree(node(object -> RecordJson.write(object, PainEntryDescription.TYPE, entry)));
                records[0]++;
            });
            json.writeEndArray();
            json.writeArrayPropertyStart("sessionLogs");
            rows.forEachSessionLog(log -> {
                json.writeTree(node(object -> RecordJson.write(object, SessionLogDescription.TYPE, log)));
                records[0]++;
            });
            json.writeEndArray();
            json.writeArrayPropertyStart("reminders");
            rows.forEachReminder(record -> {
                json.writeTree(node(object -> reminder(object, record)));
                records[0]++;
            });
            json.writeEndArray();
            json.writeArrayPropertyStart("psfsAnswers");
            for (PsfsAnswer answer : rows.psfsAnswers()) {
                json.writeTree(node(object -> RecordJson.write(object, PsfsAnswerDescription.TYPE, answer)));
                records[0]++;
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("programmeDecisions");
            for (ProposalDecision decision : rows.programmeDecisions()) {
                json.writeTree(node(object -> ProposalJson.decision(object, decision)));
                records[0]++;
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("catalogueFiles");
            for (CatalogueText file : catalogueFiles) {
                json.writeTree(node(object -> object.put("name", file.name()).put("text", file.text())));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return new Written(records[0], catalogueFiles.size());
    }

    /** The whole export of data already in memory. */
    public static byte[] write(DataBundle bundle) {
        StoredData data = bundle.stored();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(new InMemoryRows(data), bundle.catalogueFiles(), bytes);
        return bytes.toByteArray();
    }

    /** The settings in the settings-file format: the one JSON of the settings, break rules and week included. */
    private static ObjectNode settings(Settings settings) {
        return SettingsJson.toTree(settings);
    }

    private static ObjectNode node(Consumer<ObjectNode> fill) {
        ObjectNode node = MAPPER.createObjectNode();
        fill.accept(node);
        return node;
    }

    /** Rows of data already in memory. */
    private record InMemoryRows(StoredData data) implements DataExport.Rows {
        @Override
        public @Nullable Settings settings() {
            return data.settings();
        }

        @Override
        public @Nullable Instant pausedUntil() {
            return data.pausedUntil();
        }

        @Override
        public List<Screening> screenings() {
            return data.screenings();
        }

        @Override
        public void forEachPainEntry(Consumer<PainEntry> action) {
            data.painEntries().forEach(action);
        }

        @Override
        public void forEachSessionLog(Consumer<SessionLog> action) {
            data.sessionLogs().forEach(action);
        }

        @Override
        public void forEachReminder(Consumer<ReminderRecord> action) {
            data.reminders().forEach(action);
        }

        @Override
        public List<PsfsAnswer> psfsAnswers() {
            return data.psfsAnswers();
        }

        @Override
        public List<ProposalDecision> programmeDecisions() {
            return data.programmeDecisions();
        }
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
}
