package io.nape.app.cli.data;

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
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import io.nape.store.safety.TriageRulesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Write a realistic year of data into a data folder straight through the repositories, from a
 * seeded random source: about 2,000 pain entries, 3,000 sessions, 6,000 reminder records, a check a
 * month, settings, a pause and one catalogue file of the person's own.
 */
public final class AYearOfData {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final String[] NOTE_WORDS = {
        "after", "a", "long", "call", "Überstunden", "😣", "'quoted'", "\"x\"", ",", "line\nbreak", "ok"
    };
    private static final String[] ROUTINES = {"desk-a", "desk-b", "isometric-complex", "posture", "chair-stretch"};

    private AYearOfData() {}

    public static void write(Path home, long seed) throws IOException {
        Random random = new Random(seed);
        try (Database database = Database.openSqlite(home.resolve("nape.db"))) {
            database.jdbi().useTransaction(oneCommit -> {
                new JdbcSettingsRepository(database, PersonId.LOCAL)
                        .save(Settings.defaults(BERLIN).withRelaxationStart(FIRST_DAY.plusDays(3)));
                JdbcReminderRepository reminders = new JdbcReminderRepository(database, PersonId.LOCAL);
                reminders.pauseUntil(Instant.parse("2026-04-01T06:00:00Z"));
                JdbcPainEntryRepository pain = new JdbcPainEntryRepository(database, PersonId.LOCAL);
                JdbcSessionLogRepository sessions = new JdbcSessionLogRepository(database, PersonId.LOCAL);
                JdbcScreeningRepository screenings = new JdbcScreeningRepository(database, PersonId.LOCAL);
                for (int dayIndex = 0; dayIndex < 365; dayIndex++) {
                    LocalDate day = FIRST_DAY.plusDays(dayIndex);
                    if (day.getDayOfMonth() == 1) {
                        screenings.save(aScreening(random, at(day, 8, random)));
                    }
                    int entries = 4 + random.nextInt(4);
                    for (int index = 0; index < entries; index++) {
                        pain.save(aPainEntry(random, at(day, 8 + 2 * index, random)));
                    }
                    int played = 6 + random.nextInt(6);
                    List<ReminderRecord> records = new ArrayList<>();
                    for (int index = 0; index < played; index++) {
                        ZonedDateTime start =
                                day.atTime(LocalTime.of(7 + index, 30)).atZone(BERLIN);
                        sessions.save(aSessionLog(random, start.toInstant().plusMillis(random.nextInt(60_000))));
                        records.addAll(reminderRecords(random, day, start));
                    }
                    reminders.append(records);
                }
            });
        }
        Path catalogue = Files.createDirectories(home.resolve("catalogue"));
        Files.writeString(catalogue.resolve("my-routines.yaml"), "# my own routines\nroutines: []\n");
    }

    private static Instant at(LocalDate day, int hour, Random random) {
        return day.atTime(hour % 24, random.nextInt(60), random.nextInt(60))
                .atZone(BERLIN)
                .toInstant()
                .plusMillis(random.nextInt(1000));
    }

    private static PainEntry aPainEntry(Random random, Instant at) {
        Set<PainArea> where = EnumSet.noneOf(PainArea.class);
        for (PainArea area : PainArea.values()) {
            if (random.nextInt(3) == 0) {
                where.add(area);
            }
        }
        Set<PainCharacter> character = EnumSet.noneOf(PainCharacter.class);
        for (PainCharacter each : PainCharacter.values()) {
            if (random.nextInt(4) == 0) {
                character.add(each);
            }
        }
        StringBuilder note = new StringBuilder();
        int words = random.nextInt(3) == 0 ? random.nextInt(8) : 0;
        for (int index = 0; index < words; index++) {
            note.append(index == 0 ? "" : " ").append(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]);
        }
        return new PainEntry(
                null,
                at,
                random.nextInt(11),
                where,
                character,
                random.nextInt(3) == 0 ? null : random.nextInt(11),
                note.toString());
    }

    private static SessionLog aSessionLog(Random random, Instant startedAt) {
        List<ExerciseResult> exercises = new ArrayList<>();
        int count = 1 + random.nextInt(9);
        for (int position = 0; position < count; position++) {
            exercises.add(new ExerciseResult(
                    position,
                    new ExerciseId("exercise-" + random.nextInt(40)),
                    ExerciseStatus.values()[random.nextInt(ExerciseStatus.values().length)]));
        }
        return new SessionLog(
                null,
                new RoutineId(ROUTINES[random.nextInt(ROUTINES.length)]),
                DosageLevel.values()[random.nextInt(DosageLevel.values().length)],
                startedAt,
                startedAt.plusMillis(60_000 + random.nextInt(900_000)),
                SessionOutcome.values()[random.nextInt(SessionOutcome.values().length)],
                exercises);
    }

    private static List<ReminderRecord> reminderRecords(Random random, LocalDate day, ZonedDateTime start) {
        PlanEvent event = new PlanEvent(
                day,
                start.toOffsetDateTime(),
                EventKind.values()[random.nextInt(EventKind.values().length)],
                new RoutineId(ROUTINES[random.nextInt(ROUTINES.length)]),
                DosageLevel.STANDARD,
                1 + random.nextInt(15));
        Instant fired = event.instant();
        ReminderOutcome answer = ReminderOutcome.values()[1 + random.nextInt(ReminderOutcome.values().length - 1)];
        return List.of(
                new ReminderRecord(event, ReminderOutcome.FIRED, fired, ""),
                new ReminderRecord(
                        event,
                        answer,
                        fired.plusMillis(random.nextInt(600_000)),
                        answer == ReminderOutcome.SNOOZED ? "10 min" : ""));
    }

    private static Screening aScreening(Random random, Instant at) {
        SymptomReport report = SymptomReport.builder()
                .age(random.nextInt(3) == 0 ? null : 30 + random.nextInt(40))
                .painLevel(random.nextInt(11))
                .daysSinceOnset(random.nextInt(2) == 0 ? null : random.nextInt(200) / 4.0)
                .worsening(random.nextInt(3) == 0 ? null : random.nextBoolean())
                .onset(Onset.values()[random.nextInt(Onset.values().length)])
                .signs(random.nextInt(4) == 0 ? List.of(Sign.HEADACHE, Sign.STIFF_NECK) : List.of())
                .build();
        return new Screening(null, at, report, TriageRulesLoader.bundled().assess(report));
    }
}
