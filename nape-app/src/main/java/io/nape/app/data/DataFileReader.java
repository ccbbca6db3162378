package io.nape.app.data;

import io.nape.app.text.Texts;
import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import io.nape.store.persistence.StoredData;
import io.nape.store.records.PainEntryDescription;
import io.nape.store.records.PsfsAnswerDescription;
import io.nape.store.records.RecordType;
import io.nape.store.records.SessionLogDescription;
import io.nape.store.records.Values;
import io.nape.store.yaml.YamlFile;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read and check a whole export file before anything is written: every record, every field. The
 * first problem found, with a count of the others, becomes one {@link InvalidDataFileException}.
 */
public final class DataFileReader {
    private static final String[] TOP = {
        "formatVersion",
        "settings",
        "pausedUntil",
        "screenings",
        "painEntries",
        "sessionLogs",
        "reminders",
        "psfsAnswers",
        "programmeDecisions",
        "catalogueFiles"
    };
    private static final int MAX_TEXT = 10_000;
    /** The first format version that holds the PSFS answers and the decisions on programme proposals. */
    private static final int PSFS_AND_DECISIONS_VERSION = 3;

    private static final List<String> LISTS =
            List.of("screenings", "painEntries", "sessionLogs", "reminders", "psfsAnswers", "catalogueFiles");

    /**
     * The largest file an import reads: 128 MiB. A year of heavy use exports to about 4 MB, so this
     * holds decades; the size is looked at before anything is read.
     */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

    /**
     * The most records (checks, pain entries, sessions, reminder records, catalogue files) one file
     * may hold: 1,000,000, some decades of heavy use, and what the default heap checks at once.
     */
    public static final int MAX_RECORDS = 1_000_000;

    private static final JsonMapper STRICT = DataFile.MAPPER
            .rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // each record is read from the one parser
            .build();

    private final String file;
    private final Texts texts;
    private final Map<String, List<Problem>> sections = new LinkedHashMap<>();
    private List<Problem> problems = new ArrayList<>();
    private int records;

    private DataFileReader(String file, Texts texts) {
        this.file = file;
        this.texts = texts;
    }

    /** The file's content, every record checked; {@code file} names it in messages, in these texts' language. */
    public static DataBundle read(byte[] json, String file, Texts texts) {
        return new DataFileReader(file, texts).bundle(new ByteArrayInputStream(json));
    }

    /**
     * The content of the file at {@code path}, every record checked, read as a stream and refused
     * before reading when it is not a regular file or is larger than {@link #MAX_FILE_BYTES}.
     */
    public static DataBundle read(Path path, Texts texts) {
        String file = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new NapeException("cannot import " + file + ": not a regular file")
                        .withText("data.notRegularFile", "file", file);
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw tooLarge(file);
            }
            try (InputStream in = new BoundedInputStream(Files.newInputStream(path), MAX_FILE_BYTES, file)) {
                return new DataFileReader(file, texts).bundle(in);
            }
        } catch (NoSuchFileException missing) {
            throw new NapeException("cannot import " + file + ": no such file", missing)
                    .withText("data.noSuchFile", "file", file);
        } catch (IOException failure) {
            throw cannotRead(file, failure, texts);
        }
    }

    private static NapeException cannotRead(String file, IOException failure, Texts texts) {
        return new NapeException("cannot read " + file, failure)
                .withText("data.cannotRead", "file", file, "reason", OwnerOnlyFiles.reason(failure, texts));
    }

    static NapeException tooLarge(String file) {
        return new NapeException("cannot import " + file + ": larger than " + MAX_FILE_BYTES + " bytes")
                .withText("data.tooLarge", "file", file, "megabytes", MAX_FILE_BYTES / (1024 * 1024));
    }

    private DataBundle bundle(InputStream in) {
        ObjectNode root = DataFile.MAPPER.createObjectNode();
        Map<String, List<?>> streamed = new LinkedHashMap<>();
        try (JsonParser parser = STRICT.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw noVersion();
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LISTS.contains(name) && value == JsonToken.START_ARRAY) {
                    streamed.put(name, streamList(name, parser));
                } else {
                    root.set(name, STRICT.readTree(parser));
                    if (name.equals("formatVersion")) {
                        checkVersion(root);
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new NapeException("cannot import " + file + ": more than one JSON value")
                        .withText("data.notOneValue", "file", file);
            }
        } catch (JacksonException notJson) {
            if (notJson.getCause() instanceof IOException failure && !(failure instanceof CharConversionException)) {
                throw failure instanceof FileTooLargeException ? tooLarge(file) : cannotRead(file, failure, texts);
            }
            TokenStreamLocation where = notJson.getLocation();
            boolean duplicate = String.valueOf(notJson.getOriginalMessage()).startsWith("Duplicate");
            NapeException notValid = new NapeException("cannot import " + file + ": not valid JSON", notJson);
            if (where == null) {
                throw notValid.withText(duplicate ? "data.duplicateKey" : "data.notJson", "file", file);
            }
            throw notValid.withText(
                    duplicate ? "data.duplicateKeyAt" : "data.notJsonAt",
                    "file",
                    file,
                    "line",
                    where.getLineNr(),
                    "column",
                    where.getColumnNr());
        }
        checkVersion(root);
        problems = new ArrayList<>();
        Fields top = new Fields("", root, problems, TOP);
        @Nullable Settings settings = settings(root.get("settings"));
        @Nullable Instant pausedUntil = top.nullableInstant("pausedUntil", true);
        List<Screening> screenings = records(top, streamed, "screenings", this::screening);
        List<PainEntry> painEntries = records(top, streamed, "painEntries", this::painEntry);
        List<SessionLog> sessionLogs = records(top, streamed, "sessionLogs", this::sessionLog);
        List<ReminderRecord> reminders = records(top, streamed, "reminders", this::reminder);
        boolean holdsVersion3Lists = root.path("formatVersion").asInt() >= PSFS_AND_DECISIONS_VERSION;
        List<PsfsAnswer> psfsAnswers =
                holdsVersion3Lists ? records(top, streamed, "psfsAnswers", this::psfsAnswer) : List.of();
        List<ProposalDecision> decisions = holdsVersion3Lists || root.has("programmeDecisions")
                ? records(top, streamed, "programmeDecisions", new ProgrammeDecisionReader(problems)::decision)
                : List.of();
        List<CatalogueText> catalogueFiles = records(top, streamed, "catalogueFiles", this::catalogueFile);
        requireUniqueIds("screenings", screenings.stream().map(Screening::id).toList());
        requireUniqueIds("painEntries", painEntries.stream().map(PainEntry::id).toList());
        requireUniqueIds("sessionLogs", sessionLogs.stream().map(SessionLog::id).toList());
        requireUniqueNames(catalogueFiles);
        Set<String> proposals = new HashSet<>();
        for (int index = 0; index < decisions.size(); index++) {
            if (!proposals.add(decisions.get(index).proposal().id().value())) {
                problems.add(Problem.of(
                        "data.problem.repeatedProposal", "path", "programmeDecisions[" + index + "].proposal.id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataFileException(file, problems, texts);
        }
        return new DataBundle(
                new StoredData(
                        settings, pausedUntil, screenings, painEntries, sessionLogs, reminders, psfsAnswers, decisions),
                catalogueFiles);
    }

    private NapeException noVersion() {
        return new NapeException("cannot import " + file + ": no formatVersion")
                .withText("data.noVersion", "file", file);
    }

    private void checkVersion(ObjectNode root) {
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw noVersion();
        }
        if (!version.isIntegralNumber()
                || version.asInt() < DataFile.OLDEST_FORMAT_VERSION
                || version.asInt() > DataFile.FORMAT_VERSION) {
            throw new NapeException(
                            "cannot import " + file + ": a format version other than " + DataFile.FORMAT_VERSION)
                    .withText("data.otherVersion", "file", file, "version", DataFile.FORMAT_VERSION);
        }
    }

    /** Read a list's items one at a time, each checked as it comes, so that only records stay in memory. */
    private List<?> streamList(String field, JsonParser parser) {
        RecordParser<Object> reader = parser(field);
        List<Problem> sectionProblems = sections.computeIfAbsent(field, name -> new ArrayList<>());
        List<Problem> outer = problems;
        problems = sectionProblems;
        List<Object> items = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (++records > MAX_RECORDS) {
                throw new NapeException("cannot import " + file + ": more than " + MAX_RECORDS + " records")
                        .withText("data.tooManyRecords", "file", file, "most", MAX_RECORDS);
            }
            JsonNode item = STRICT.readTree(parser);
            reader.parse(field + "[" + index + "]", item).ifPresent(items::add);
            index++;
        }
        problems = outer;
        return items;
    }

    private RecordParser<Object> parser(String field) {
        switch (field) {
            case "screenings":
                return (path, node) -> screening(path, node).map(Object.class::cast);
            case "painEntries":
                return (path, node) -> painEntry(path, node).map(Object.class::cast);
            case "sessionLogs":
                return (path, node) -> sessionLog(path, node).map(Object.class::cast);
            case "reminders":
                return (path, node) -> reminder(path, node).map(Object.class::cast);
            case "psfsAnswers":
                return (path, node) -> psfsAnswer(path, node).map(Object.class::cast);
            default:
                return (path, node) -> catalogueFile(path, node).map(Object.class::cast);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> records(Fields top, Map<String, List<?>> streamed, String field, RecordParser<T> parser) {
        List<?> read = streamed.get(field);
        if (read != null) {
            problems.addAll(sections.getOrDefault(field, List.of()));
            return (List<T>) read;
        }
        List<T> records = new ArrayList<>();
        List<JsonNode> items = top.list(field);
        for (int index = 0; index < items.size(); index++) {
            parser.parse(field + "[" + index + "]", items.get(index)).ifPresent(records::add);
        }
        return records;
    }

    /** Turn one JSON object into a record, or note its problems and give nothing. */
    private interface RecordParser<T> {
        Optional<T> parse(String path, JsonNode node);
    }

    private @Nullable Settings settings(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(Problem.of("data.problem.settingsNotObject"));
            return null;
        }
        try {
            return SettingsFile.parse(node.toString(), "settings", ZoneId.systemDefault());
        } catch (NapeException wrong) {
            problems.add(Problem.explaining(wrong));
            return null;
        }
    }

    private Optional<Screening> screening(String path, JsonNode node) {
        Fields fields = new Fields(path, node, problems, "id", "at", "report", "result");
        long id = fields.id();
        Instant at = fields.instant("at");
        Fields report = new Fields(
                fields.path("report"),
                fields.object("report"),
                problems,
                "age",
                "painLevel",
                "daysSinceOnset",
                "worsening",
                "onset",
                "signs",
                "conditions");
        @Nullable Integer age = report.nullableNumber("age", 0, SymptomReport.MAX_AGE, true);
        @Nullable Integer painLevel = report.nullableNumber("painLevel", 0, SymptomReport.MAX_PAIN, true);
        @Nullable Double days = report.nullableDecimal("daysSinceOnset", 0, SymptomReport.MAX_DAYS);
        @Nullable Boolean worsening = report.nullableBoolean("worsening");
        Onset onset = report.key("onset", Onset::fromKey, keys(Onset.values(), Onset::key), Onset.UNKNOWN);
        Set<Sign> signs = report.keys("signs", Sign::fromKey, keys(Sign.values(), Sign::key));
        Set<Condition> conditions =
                report.keys("conditions", Condition::fromKey, keys(Condition.values(), Condition::key));
        Fields result =
                new Fields(fields.path("result"), fields.object("result"), problems, "level", "exercise", "reasons");
        TriageLevel level =
                result.key("level", DataFileReader::triageLevel, names(TriageLevel.values()), TriageLevel.SELF_CARE);
        ExerciseAdvice exercise =
                result.key("exercise", DataFileReader::advice, names(ExerciseAdvice.values()), ExerciseAdvice.ALLOWED);
        List<Reason> reasons = new ArrayList<>();
        List<JsonNode> reasonNodes = result.list("reasons");
        boolean reasonsOk = true;
        for (int index = 0; index < reasonNodes.size(); index++) {
            Fields reason = new Fields(
                    result.path("reasons") + "[" + index + "]",
                    reasonNodes.get(index),
                    problems,
                    "rule",
                    "level",
                    "exercise",
                    "says",
                    "source");
            Reason read = new Reason(
                    reason.text("rule", 200, false),
                    reason.key(
                            "level", DataFileReader::triageLevel, names(TriageLevel.values()), TriageLevel.SELF_CARE),
                    reason.key(
                            "exercise", DataFileReader::advice, names(ExerciseAdvice.values()), ExerciseAdvice.ALLOWED),
                    reason.text("says", MAX_TEXT, false),
                    reason.text("source", MAX_TEXT, true));
            reasonsOk &= reason.ok();
            reasons.add(read);
        }
        if (!fields.ok() || !report.ok() || !result.ok() || !reasonsOk) {
            return Optional.empty();
        }
        return build(
                path,
                "check",
                () -> new Screening(
                        id,
                        at,
                        new SymptomReport(age, painLevel, days, worsening, onset, signs, conditions),
                        new TriageResult(level, exercise, reasons)));
    }

    private Optional<PainEntry> painEntry(String path, JsonNode node) {
        return described(path, node, PainEntryDescription.TYPE);
    }

    /** A record read field by field from its type's description. */
    private <T> Optional<T> described(String path, JsonNode node, RecordType<T> type) {
        Fields fields = new Fields(path, node, problems, RecordJson.names(type));
        Values values = new Values();
        if (!RecordJson.read(fields, type, values) || !fields.ok()) {
            return Optional.empty();
        }
        return build(path, type.name(), () -> type.build(values));
    }

    private Optional<SessionLog> sessionLog(String path, JsonNode node) {
        RecordType<SessionLog> type = SessionLogDescription.TYPE;
        Fields fields = new Fields(path, node, problems, RecordJson.names(type));
        Values values = new Values();
        boolean exercisesOk = RecordJson.read(fields, type, values);
        if (fields.ok()
                && values.get(SessionLogDescription.ENDED_AT).isBefore(values.get(SessionLogDescription.STARTED_AT))) {
            fields.problem(Problem.of("data.problem.endedBeforeStarted", "path", fields.path("endedAt")));
        }
        if (!fields.ok() || !exercisesOk) {
            return Optional.empty();
        }
        return build(path, type.name(), () -> type.build(values));
    }

    private Optional<PsfsAnswer> psfsAnswer(String path, JsonNode node) {
        RecordType<PsfsAnswer> type = PsfsAnswerDescription.TYPE;
        Fields fields = new Fields(path, node, problems, RecordJson.names(type));
        Values values = new Values();
        boolean ratingsOk = RecordJson.read(fields, type, values);
        if (!fields.ok() || !ratingsOk) {
            return Optional.empty();
        }
        return build(path, type.name(), () -> type.build(values));
    }

    private Optional<ReminderRecord> reminder(String path, JsonNode node) {
        Fields fields = new Fields(path, node, problems, "event", "outcome", "at", "detail");
        Fields event = new Fields(
                fields.path("event"),
                fields.object("event"),
                problems,
                "day",
                "at",
                "kind",
                "routine",
                "level",
                "minutes");
        LocalDate day = event.parsed("day", DataFileReader::date, "data.problem.date", LocalDate.EPOCH);
        OffsetDateTime eventAt = event.parsed("at", DataFileReader::minute, "data.problem.minute", OffsetDateTime.MIN);
        EventKind kind = event.key("kind", DataFileReader::kind, names(EventKind.values()), EventKind.MORNING);
        String routine = event.text("routine", 200, false);
        DosageLevel level = event.key(
                "level", DosageLevel::fromKey, keys(DosageLevel.values(), DosageLevel::key), DosageLevel.STANDARD);
        int minutes = event.number("minutes", 1, 24 * 60);
        ReminderOutcome outcome = fields.key(
                "outcome",
                DataFileReader::outcome,
                keys(ReminderOutcome.values(), ReminderOutcome::key),
                ReminderOutcome.FIRED);
        Instant at = fields.instant("at");
        String detail = fields.text("detail", MAX_TEXT, true);
        if (!fields.ok() || !event.ok()) {
            return Optional.empty();
        }
        return build(
                path,
                "reminder",
                () -> new ReminderRecord(
                        new PlanEvent(day, eventAt, kind, new RoutineId(routine), level, minutes),
                        outcome,
                        at,
                        detail));
    }

    private Optional<CatalogueText> catalogueFile(String path, JsonNode node) {
        Fields fields = new Fields(path, node, problems, "name", "text");
        String name = fields.text("name", 105, false);
        if (fields.ok() && !CatalogueText.NAME.matcher(name).matches()) {
            fields.problem(Problem.of("data.problem.catalogueName", "path", fields.path("name")));
        }
        String text = fields.text("text", YamlFile.MAX_SIZE, true);
        return fields.ok() ? Optional.of(new CatalogueText(name, text)) : Optional.empty();
    }

    /** Build a record whose fields were each right; a rule across fields may still refuse it. */
    private <T> Optional<T> build(String path, String what, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (RuntimeException refused) { // its message may quote a value: not passed on
            problems.add(Problem.of("data.problem.notValid." + what, "path", path));
            return Optional.empty();
        }
    }

    private void requireUniqueIds(String list, List<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (int index = 0; index < ids.size(); index++) {
            if (!seen.add(ids.get(index))) {
                problems.add(Problem.of("data.problem.repeatedId", "path", list + "[" + index + "].id"));
            }
        }
    }

    private void requireUniqueNames(List<CatalogueText> files) {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < files.size(); index++) {
            if (!seen.add(files.get(index).name())) {
                problems.add(Problem.of("data.problem.repeatedName", "path", "catalogueFiles[" + index + "].name"));
            }
        }
    }

    private static <E> List<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Optional<TriageLevel> triageLevel(String name) {
        return Arrays.stream(TriageLevel.values())
                .filter(level -> level.name().equals(name))
                .findFirst();
    }

    private static Optional<ExerciseAdvice> advice(String name) {
        return Arrays.stream(ExerciseAdvice.values())
                .filter(advice -> advice.name().equals(name))
                .findFirst();
    }

    private static Optional<EventKind> kind(String name) {
        return Arrays.stream(EventKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst();
    }

    private static Optional<ReminderOutcome> outcome(String key) {
        return Arrays.stream(ReminderOutcome.values())
                .filter(outcome -> outcome.key().equals(key))
                .findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException wrong) {
            return Optional.empty();
        }
    }

    private static Optional<OffsetDateTime> minute(String text) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
            return at.getSecond() == 0 && at.getNano() == 0 ? Optional.of(at) : Optional.empty();
        } catch (DateTimeException wrong) {
            return Optional.empty();
        }
    }
}
