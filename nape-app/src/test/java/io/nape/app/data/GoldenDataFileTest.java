package io.nape.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.plan.WeekSessions;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import io.nape.store.persistence.DataExport;
import io.nape.store.persistence.DataImport;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data file and the CSV tables of a fixed, rich data set, compared byte for byte with the files
 * committed under {@code src/test/resources/golden/}: a field renamed, dropped or written another way
 * fails here. The golden JSON, imported into an empty store and exported again, gives the same bytes.
 *
 * <p>A change to a format is made on purpose: run this test with {@code -Dgolden.write=true} to
 * (re)write the golden files from the current code, look at the difference, and commit it on its own.
 */
class GoldenDataFileTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path JSON = GOLDEN.resolve("data-file.json");
    private static final Path CSV = GOLDEN.resolve("csv");
    private static final boolean WRITE = Boolean.getBoolean("golden.write");
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final List<CatalogueText> CATALOGUE = List.of(
            new CatalogueText("a-night.yaml", "# ночная смена\nroutines: []\n"),
            new CatalogueText("z-mine.yaml", "routines: []\n"));

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path home;

    @Test
    void exportsTheDataFileAsCommitted() throws Exception {
        byte[] json = exportJson(filled(home.resolve("source.db")));
        if (WRITE) {
            Files.createDirectories(GOLDEN);
            Files.write(JSON, json);
        }
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(Files.readString(JSON));
        assertThat(json).isEqualTo(Files.readAllBytes(JSON));
    }

    @Test
    void exportsTheCsvTablesAsCommitted() throws Exception {
        Path written = home.resolve("csv");
        try (Database database = filled(home.resolve("source.db"))) {
            List<String> names = new DataExport(database, PersonId.LOCAL)
                    .read(rows -> CsvTables.write(rows, written, Texts.english()));
            if (WRITE) {
                Files.createDirectories(CSV);
                try (Stream<Path> old = Files.list(CSV)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
                for (String name : names) {
                    Files.copy(written.resolve(name), CSV.resolve(name));
                }
            }
            try (Stream<Path> committed = Files.list(CSV)) {
                assertThat(committed.map(file -> file.getFileName().toString()).sorted())
                        .containsExactlyElementsOf(names.stream().sorted().toList());
            }
            for (String name : names) {
                assertThat(Files.readString(written.resolve(name)))
                        .as(name)
                        .isEqualTo(Files.readString(CSV.resolve(name)));
                assertThat(Files.readAllBytes(written.resolve(name)))
                        .as(name)
                        .isEqualTo(Files.readAllBytes(CSV.resolve(name)));
            }
        }
    }

    @Test
    void importsTheGoldenDataFileAndExportsItUnchanged() throws Exception {
        byte[] golden = Files.readAllBytes(JSON);
        DataBundle bundle = DataFileReader.read(golden, "data-file.json", Texts.english());
        try (Database database = Database.openSqlite(home.resolve("target.db"))) {
            new DataImport(database, PersonId.LOCAL).restore(bundle.stored());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new DataExport(database, PersonId.LOCAL).read(rows -> DataFile.write(rows, bundle.catalogueFiles(), again));
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
        }
        assertThat(bundle.catalogueFiles()).isEqualTo(CATALOGUE);
    }

    @Test
    void importsAVersionOneFileWithoutBreaksAndWeekWithTheDefaults() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(JSON));
        root.put("formatVersion", 1);
        ObjectNode settings = (ObjectNode) root.get("settings");
        List.of(
                        "microBreakMinutes",
                        "naturalBreakMinutes",
                        "maxPostponeMinutes",
                        "callDetection",
                        "yogaDays",
                        "yogaTime",
                        "lunchSession")
                .forEach(settings::remove);

        DataBundle bundle = DataFileReader.read(MAPPER.writeValueAsBytes(root), "old.json", Texts.english());

        Settings read = java.util.Objects.requireNonNull(bundle.stored().settings());
        assertThat(read.breaks()).isEqualTo(BreakRules.defaults());
        assertThat(read.week()).isEqualTo(WeekSessions.defaults());
        assertThat(read.withBreaks(nightShift().breaks()).withWeek(nightShift().week()))
                .isEqualTo(nightShift());
    }

    @Test
    void importsAVersionTwoFileWithoutProgrammeDecisionsAsNoneDecided() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(JSON));
        root.put("formatVersion", 2);
        root.remove("programmeDecisions");

        DataBundle bundle = DataFileReader.read(MAPPER.writeValueAsBytes(root), "old.json", Texts.english());

        assertThat(bundle.stored().programmeDecisions()).isEmpty();
        assertThat(bundle.stored().reminders()).isEqualTo(reminderRecords());
    }

    @Test
    void readsTheProgrammeDecisionsBackEqualToThoseStored() throws Exception {
        DataBundle bundle = DataFileReader.read(Files.readAllBytes(JSON), "data-file.json", Texts.english());

        assertThat(bundle.stored().programmeDecisions()).isEqualTo(programmeDecisions());
    }

    @Test
    void refusesAStepDownWhoseReasonIsTheTenDaysOfAStepUp() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(JSON));
        ObjectNode stepDown = (ObjectNode) root.get("programmeDecisions").get(1).get("proposal");
        stepDown.set(
                "reason", root.get("programmeDecisions").get(0).get("proposal").get("reason"));
        byte[] wrong = MAPPER.writeValueAsBytes(root);

        assertThatThrownBy(() -> DataFileReader.read(wrong, "wrong.json", Texts.english()))
                .isInstanceOfSatisfying(InvalidDataFileException.class, refused -> assertThat(
                                Texts.english().explain(refused))
                        .isEqualTo("Cannot import wrong.json: programmeDecisions[1].proposal.reason has a field"
                                + " this format does not know; the fields are kind, at, pain, earlierEntries,"
                                + " earlierTotal (and 5 more problems); nothing was imported."));
    }

    @Test
    void refusesAVersionThreeFileWithoutItsProgrammeDecisions() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(JSON));
        root.remove("programmeDecisions");
        byte[] wrong = MAPPER.writeValueAsBytes(root);

        assertThatThrownBy(() -> DataFileReader.read(wrong, "wrong.json", Texts.english()))
                .isInstanceOfSatisfying(InvalidDataFileException.class, refused -> assertThat(
                                Texts.english().explain(refused))
                        .isEqualTo("Cannot import wrong.json: programmeDecisions must be a list; nothing was"
                                + " imported."));
    }

    @Test
    void namesAWrongBreakRuleOrTooFewYogaDaysAsTheSettingsFileDoes() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(JSON));
        ObjectNode settings = (ObjectNode) root.get("settings");
        settings.put("microBreakMinutes", 9);
        settings.putArray("yogaDays").add("MON");
        byte[] wrong = MAPPER.writeValueAsBytes(root);

        assertThatThrownBy(() -> DataFileReader.read(wrong, "wrong.json", Texts.english()))
                .isInstanceOfSatisfying(InvalidDataFileException.class, refused -> assertThat(
                                Texts.english().explain(refused))
                        .isEqualTo("Cannot import wrong.json: settings: \"microBreakMinutes\" must be a whole"
                                + " number of minutes from 1 to 5, was 9; nothing was imported."));
        settings.put("microBreakMinutes", 3);
        byte[] fewDays = MAPPER.writeValueAsBytes(root);
        assertThatThrownBy(() -> DataFileReader.read(fewDays, "wrong.json", Texts.english()))
                .isInstanceOfSatisfying(InvalidDataFileException.class, refused -> assertThat(
                                Texts.english().explain(refused))
                        .isEqualTo("Cannot import wrong.json: settings: \"yogaDays\" must name at least 3 days,"
                                + " since yoga for the neck is meant at least three times a week; was 1; nothing"
                                + " was imported."));
    }

    private static byte[] exportJson(Database database) throws Exception {
        try (database) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DataExport(database, PersonId.LOCAL).read(rows -> DataFile.write(rows, CATALOGUE, out));
            return out.toByteArray();
        }
    }

    /** A fresh SQLite store holding every record type, with every key that matters. */
    private static Database filled(Path file) {
        Database database = Database.openSqlite(file);
        database.jdbi().useTransaction(oneCommit -> {
            new JdbcSettingsRepository(database, PersonId.LOCAL).save(nightShift());
            JdbcReminderRepository reminders = new JdbcReminderRepository(database, PersonId.LOCAL);
            reminders.pauseUntil(Instant.parse("2026-04-01T06:00:00.125Z"));
            JdbcScreeningRepository screenings = new JdbcScreeningRepository(database, PersonId.LOCAL);
            screenings().forEach(screenings::save);
            JdbcPainEntryRepository pain = new JdbcPainEntryRepository(database, PersonId.LOCAL);
            painEntries().forEach(pain::save);
            JdbcSessionLogRepository sessions = new JdbcSessionLogRepository(database, PersonId.LOCAL);
            sessionLogs().forEach(sessions::save);
            reminders.append(reminderRecords());
            JdbcPsfsRepository psfs = new JdbcPsfsRepository(database, PersonId.LOCAL);
            psfs.save(new PsfsAnswer(
                    Instant.parse("2026-03-02T07:10:00.250Z"),
                    List.of(
                            new PsfsRating("Looking over my shoulder, when driving", 4),
                            new PsfsRating("=Чтение \"лёжа\"", 0))));
            psfs.skip(Instant.parse("2026-03-09T07:00:00Z"));
            psfs.save(new PsfsAnswer(
                    Instant.parse("2026-03-16T07:10:00Z"),
                    List.of(
                            new PsfsRating("=Чтение \"лёжа\"", 3),
                            new PsfsRating("Looking over my shoulder, when driving", 7))));
            JdbcProgrammeDecisionRepository decisions = new JdbcProgrammeDecisionRepository(database, PersonId.LOCAL);
            programmeDecisions().forEach(decisions::save);
        });
        return database;
    }

    /** A step up confirmed, a step down for a painful day confirmed, and a check declined. */
    private static List<ProposalDecision> programmeDecisions() {
        LocalDate from = LocalDate.parse("2026-03-10");
        LocalDate to = LocalDate.parse("2026-03-19");
        Instant up = Instant.parse("2026-03-19T19:00:00Z");
        Proposal stepUp = new Proposal(
                ProposalId.of(ProposalKind.STEP_UP, up),
                up,
                ProposalKind.STEP_UP,
                DosageLevel.GENTLE,
                DosageLevel.STANDARD,
                new SteadyProgress(
                        from,
                        to,
                        new Adherence(42, 40, 31),
                        new PainMean(from.minusDays(6), from, 6, 27),
                        new PainMean(to.minusDays(6), to, 8, 24)));
        Instant painful = Instant.parse("2026-03-23T07:45:00.250Z");
        PainAboveMean above = new PainAboveMean(painful, 7, 5, 16);
        Proposal stepDown = new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, painful),
                painful,
                ProposalKind.STEP_DOWN,
                DosageLevel.STANDARD,
                DosageLevel.GENTLE,
                above);
        Instant stopped = Instant.parse("2026-03-25T06:10:00Z");
        Proposal check = new Proposal(
                ProposalId.of(ProposalKind.CHECK, stopped),
                stopped,
                ProposalKind.CHECK,
                DosageLevel.GENTLE,
                DosageLevel.GENTLE,
                new RepeatedFlareUps(List.of(above, new StoppedForPain(stopped, new RoutineId("night-isometric")))));
        return List.of(
                ProposalDecision.confirmed(stepUp, Instant.parse("2026-03-20T06:30:00Z")),
                ProposalDecision.confirmed(stepDown, Instant.parse("2026-03-23T08:00:00Z")),
                ProposalDecision.declined(check, Instant.parse("2026-03-25T06:20:00.5Z")));
    }

    /** Work across midnight, every setting away from its default. */
    private static Settings nightShift() {
        return new Settings(
                YEKATERINBURG,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(22, 0),
                LocalTime.of(6, 30),
                new LunchBreak(LocalTime.of(2, 0), LocalTime.of(2, 45)),
                LocalTime.of(16, 15),
                LocalTime.of(8, 0),
                45,
                Set.of(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 1, 1)),
                DosageLevel.FULL,
                LocalDate.of(2026, 3, 2),
                new BreakRules(4, 10, 60, false),
                new WeekSessions(
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                        LocalTime.of(17, 30),
                        true));
    }

    private static List<Screening> screenings() {
        SymptomReport nothing = SymptomReport.empty();
        SymptomReport worrying = SymptomReport.builder()
                .age(47)
                .painLevel(8)
                .daysSinceOnset(2.5)
                .worsening(true)
                .onset(Onset.INJURY)
                .signs(Sign.FEVER, Sign.STIFF_NECK, Sign.ARM_NUMBNESS)
                .conditions(Condition.OSTEOPOROSIS, Condition.DISC_HERNIATION)
                .build();
        SymptomReport mild = SymptomReport.builder()
                .age(31)
                .painLevel(3)
                .daysSinceOnset(40.0)
                .worsening(false)
                .onset(Onset.GRADUAL)
                .build();
        List<Screening> all = new ArrayList<>();
        all.add(new Screening(null, Instant.parse("2026-03-02T03:04:05.006Z"), nothing, assess(nothing)));
        all.add(new Screening(null, Instant.parse("2026-03-03T23:59:59.999Z"), worrying, assess(worrying)));
        all.add(new Screening(null, Instant.parse("2026-03-04T12:00:00Z"), mild, assess(mild)));
        for (Onset onset : List.of(Onset.SUDDEN_MOVEMENT, Onset.OVERLOAD, Onset.UNKNOWN)) {
            SymptomReport report = SymptomReport.builder()
                    .painLevel(onset.ordinal())
                    .onset(onset)
                    .build();
            all.add(new Screening(
                    null,
                    Instant.parse("2026-03-05T10:00:00Z").plusSeconds(60L * onset.ordinal()),
                    report,
                    new TriageResult(
                            TriageLevel.SEE_DOCTOR,
                            ExerciseAdvice.PRESCRIBED_ONLY,
                            List.of(
                                    new Reason(
                                            "hand-written",
                                            TriageLevel.SEE_DOCTOR,
                                            ExerciseAdvice.PRESCRIBED_ONLY,
                                            "Покажитесь врачу, «сегодня», \"a, b\"",
                                            ""),
                                    new Reason(
                                            "gentle-only",
                                            TriageLevel.SELF_CARE,
                                            ExerciseAdvice.GENTLE,
                                            "Move gently;\nstop if it hurts.",
                                            "source, page 2")))));
        }
        return all;
    }

    /** Results written out here, so that a change to the bundled rules' sentences leaves these files alone. */
    private static TriageResult assess(SymptomReport report) {
        if (report.signs().isEmpty()) {
            return new TriageResult(TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED, List.of());
        }
        return new TriageResult(
                TriageLevel.URGENT,
                ExerciseAdvice.NONE,
                List.of(
                        new Reason(
                                "fever-and-stiff-neck",
                                TriageLevel.URGENT,
                                ExerciseAdvice.NONE,
                                "Fever with a stiff neck: call emergency services now.",
                                "neck-relief-article"),
                        new Reason(
                                "arm-signs",
                                TriageLevel.SEE_DOCTOR,
                                ExerciseAdvice.GENTLE,
                                "Numb arm: see a doctor soon.",
                                "neck-relief-article")));
    }

    private static List<PainEntry> painEntries() {
        return List.of(
                new PainEntry(null, Instant.parse("2026-03-02T21:30:00Z"), 0, Set.of(), Set.of(), null, ""),
                new PainEntry(
                        null,
                        Instant.parse("2026-03-02T23:45:10.250Z"),
                        10,
                        EnumSet.allOf(PainArea.class),
                        EnumSet.allOf(PainCharacter.class),
                        10,
                        "после ночной смены, «тяжело» 😣\nline \"two\""),
                new PainEntry(
                        null,
                        Instant.parse("2026-03-02T23:45:10.250Z"),
                        4,
                        EnumSet.of(PainArea.BACK_OF_HEAD, PainArea.NECK),
                        EnumSet.of(PainCharacter.PULSATING),
                        0,
                        "=SUM(A1) looks like a formula"),
                new PainEntry(
                        null,
                        Instant.parse("2026-03-03T01:00:00.001Z"),
                        6,
                        EnumSet.of(PainArea.BETWEEN_SHOULDER_BLADES, PainArea.SHOULDER_GIRDLE),
                        EnumSet.of(PainCharacter.SHOOTING, PainCharacter.ACHING),
                        null,
                        " padded, with a comma "));
    }

    private static List<SessionLog> sessionLogs() {
        List<SessionLog> logs = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T17:00:00.500Z");
        for (SessionOutcome outcome : SessionOutcome.values()) {
            DosageLevel level = DosageLevel.values()[outcome.ordinal() % DosageLevel.values().length];
            List<ExerciseResult> exercises = new ArrayList<>();
            if (outcome != SessionOutcome.QUIT) {
                for (ExerciseStatus status : ExerciseStatus.values()) {
                    exercises.add(new ExerciseResult(
                            status.ordinal(), new ExerciseId("chin-tuck-" + status.ordinal()), status));
                }
            }
            Instant at = start.plusSeconds(3_600L * outcome.ordinal());
            Instant end =
                    outcome == SessionOutcome.QUIT ? at : at.plusSeconds(420).plusMillis(7);
            logs.add(new SessionLog(null, new RoutineId("desk-a"), level, at, end, outcome, exercises));
        }
        return logs;
    }

    private static List<ReminderRecord> reminderRecords() {
        List<ReminderRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        ZoneOffset offset = ZoneOffset.ofHours(5);
        int index = 0;
        for (EventKind kind : EventKind.values()) {
            OffsetDateTime at =
                    OffsetDateTime.of(day, LocalTime.of(22, 0), offset).plusMinutes(75L * index);
            PlanEvent event = new PlanEvent(
                    day,
                    at,
                    kind,
                    new RoutineId("routine-" + kind.ordinal()),
                    DosageLevel.values()[index % DosageLevel.values().length],
                    1 + 4 * index);
            records.add(new ReminderRecord(event, ReminderOutcome.FIRED, at.toInstant(), ""));
            index++;
        }
        PlanEvent last = records.get(records.size() - 1).event();
        int minute = 1;
        for (ReminderOutcome outcome : ReminderOutcome.values()) {
            String detail = outcome == ReminderOutcome.SNOOZED ? "10 мин" : "";
            records.add(new ReminderRecord(
                    last, outcome, last.instant().plusSeconds(60L * minute++).plusMillis(3), detail));
        }
        return records;
    }
}
