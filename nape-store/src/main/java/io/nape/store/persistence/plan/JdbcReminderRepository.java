package io.nape.store.persistence.plan;

import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.ReminderRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Append reminder records with their whole event, and keep the pause in a one-row table. */
public final class JdbcReminderRepository implements ReminderRepository {
    private final Jdbi jdbi;

    public JdbcReminderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(List<ReminderRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch =
                    handle.prepareBatch("INSERT INTO reminder_log (event_day, event_at, event_at_ms, kind,"
                            + " routine, level, minutes, outcome, at_ms, detail) VALUES (:day, :at, :atMs, :kind, :routine,"
                            + " :level, :minutes, :outcome, :recordedMs, :detail)");
            for (ReminderRecord record : records) {
                PlanEvent event = record.event();
                batch.bind("day", event.day().toString())
                        .bind("at", event.at().toString())
                        .bind("atMs", event.instant().toEpochMilli())
                        .bind("kind", event.kind().name())
                        .bind("routine", event.routine().value())
                        .bind("level", event.level().key())
                        .bind("minutes", event.minutes())
                        .bind("outcome", record.outcome().name())
                        .bind("recordedMs", record.at().toEpochMilli())
                        .bind("detail", record.detail())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<ReminderRecord> findAll() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM reminder_log ORDER BY id")
                .map((results, context) -> read(results))
                .list());
    }

    @Override
    public List<ReminderRecord> findForEventsBetween(Instant from, Instant to) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM reminder_log WHERE event_at_ms >= :from AND event_at_ms < :to ORDER BY id")
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .map((results, context) -> read(results))
                .list());
    }

    @Override
    public Optional<Instant> pausedUntil() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT until_ms FROM reminder_pause WHERE id = 1")
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    @Override
    public void pauseUntil(Instant until) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO reminder_pause (id, until_ms) VALUES (1, :until)"
                        + " ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms")
                .bind("until", until.toEpochMilli())
                .execute());
    }

    @Override
    public void resume() {
        jdbi.useHandle(handle -> handle.execute("DELETE FROM reminder_pause"));
    }

    private static ReminderRecord read(ResultSet row) throws SQLException {
        try {
            PlanEvent event = new PlanEvent(
                    LocalDate.parse(row.getString("event_day")),
                    OffsetDateTime.parse(row.getString("event_at")),
                    EventKind.valueOf(row.getString("kind")),
                    new RoutineId(row.getString("routine")),
                    DosageLevel.fromKey(row.getString("level").toLowerCase(Locale.ROOT))
                            .orElseThrow(() -> new IllegalArgumentException("level")),
                    row.getInt("minutes"));
            return new ReminderRecord(
                    event,
                    ReminderOutcome.valueOf(row.getString("outcome")),
                    Instant.ofEpochMilli(row.getLong("at_ms")),
                    row.getString("detail"));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new NapeException("The database holds a reminder record this version cannot read. Update Nape.", e);
        }
    }
}
