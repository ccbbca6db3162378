import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.store.catalogue.CatalogueLoader;
import io.nape.store.persistence.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fill a new SQLite data file with ten years of a diligent person's data, straight through SQL in
 * one transaction: about 20,000 pain entries, 30,000 sessions and 60,000 reminder records, laid on
 * the plan of the default settings. Run by bench/run with the source launcher:
 * {@code java -cp "nape.jar:lib/*" bench/GenerateData.java DATA_FILE}.
 */
public final class GenerateData {
    private static final int YEARS = 10;
    private static final int PAIN_ENTRIES = 20_000;
    private static final int SESSIONS = 30_000;
    private static final int REMINDERS = 60_000;

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Random random = new Random(7);
        ZoneId zone = ZoneId.systemDefault();
        Settings settings = Settings.defaults(zone);
        Catalogue catalogue = new CatalogueLoader().load((Path) null).catalogue();
        LocalDate today = LocalDate.now(zone);
        List<PlanEvent> events = plan(catalogue, settings, today.minusYears(YEARS), today.minusDays(1));
        double sessionsPerEvent = (double) SESSIONS / events.size();
        double remindersPerEvent = (double) REMINDERS / events.size();
        double painPerDay = (double) PAIN_ENTRIES / (YEARS * 365.25);
        int[] counts = new int[3];
        try (Database database = Database.openSqlite(file)) {
            database.jdbi().useTransaction(handle -> {
                PreparedBatch reminders = handle.prepareBatch("INSERT INTO reminder_log (event_day, event_at,"
                        + " event_at_ms, kind, routine, level, minutes, outcome, at_ms, detail) VALUES (?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, '')");
                PreparedBatch exercises = handle.prepareBatch(
                        "INSERT INTO session_exercise (session_id, position, exercise, status) VALUES (?, ?, ?, ?)");
                long sessionId = 0;
                for (PlanEvent event : events) {
                    long at = event.instant().toEpochMilli();
                    int sessions = draw(random, sessionsPerEvent);
                    int records = 2 * draw(random, remindersPerEvent / 2);
                    for (int index = 0; index < records; index++) {
                        String outcome = index % 2 == 0 ? "FIRED" : index < records - 1 ? "SNOOZED" : "DONE";
                        reminder(reminders, event, sessions > 0 ? outcome : outcome.replace("DONE", "SKIPPED"),
                                at + index * 300_000L);
                        counts[2]++;
                    }
                    for (int index = 0; index < sessions; index++) {
                        sessionId++;
                        long start = at + index * 1_800_000L;
                        handle.execute("INSERT INTO session_log (id, routine, level, started_at_ms, ended_at_ms,"
                                        + " outcome) VALUES (?, ?, ?, ?, ?, 'completed')",
                                sessionId, event.routine().value(), event.level().key(), start,
                                start + event.minutes() * 60_000L);
                        int position = 0;
                        if (event.deskBreak() != null) { // a micro-break: the pieces of the complex it holds
                            for (var piece : event.deskBreak().pieces()) {
                                exercises.add(sessionId, position++, piece.exercise().value(), "completed");
                            }
                        } else {
                            Routine routine = catalogue.getRoutine(event.routine().value());
                            for (RoutineItem item : routine.items()) {
                                exercises.add(sessionId, position++, item.exercise().value(), "completed");
                            }
                        }
                        counts[1]++;
                    }
                }
                reminders.execute();
                exercises.execute();
                PreparedBatch pains = handle.prepareBatch("INSERT INTO pain_entry (at_ms, pain, areas, characters,"
                        + " stiffness, note) VALUES (?, ?, 'neck', '', ?, '')");
                for (LocalDate day = today.minusYears(YEARS); day.isBefore(today); day = day.plusDays(1)) {
                    long noon = day.atTime(12, 0).atZone(zone).toInstant().toEpochMilli();
                    int entries = draw(random, painPerDay);
                    for (int index = 0; index < entries; index++) {
                        long at = noon + random.nextInt(10 * 3_600_000) - 5 * 3_600_000L;
                        pains.add(at, random.nextInt(8), random.nextInt(6));
                        counts[0]++;
                    }
                }
                pains.execute();
            });
        }
        System.out.printf("%d pain entries, %d sessions, %d reminder records over %d planned events%n",
                counts[0], counts[1], counts[2], events.size());
    }

    private static List<PlanEvent> plan(Catalogue catalogue, Settings settings, LocalDate from, LocalDate to) {
        PlanEngine engine = new PlanEngine(RoutineLengths.of(catalogue));
        List<PlanEvent> events = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(PlanEngine.MAX_DAYS)) {
            LocalDate end = start.plusDays(PlanEngine.MAX_DAYS - 1L);
            events.addAll(engine.plan(settings, start, end.isAfter(to) ? to : end).events());
        }
        return events;
    }

    /** A whole number whose mean is {@code mean}: its floor, plus one with the chance of its fraction. */
    private static int draw(Random random, double mean) {
        return (int) mean + (random.nextDouble() < mean % 1 ? 1 : 0);
    }

    private static void reminder(PreparedBatch batch, PlanEvent event, String outcome, long atMs) {
        batch.add(event.day().toString(), event.at().toString(), event.instant().toEpochMilli(), event.kind().name(),
                event.routine().value(), event.level().key(), event.minutes(), outcome, atMs);
    }
}
