package io.nape.store.persistence;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Screening;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hold everything one data store keeps, as values: what an export writes and an import restores.
 *
 * @param settings the plan settings, or null when never set
 * @param pausedUntil when the reminder pause ends, or null when none was set
 * @param reminders every reminder record, in the order they were appended
 * @param psfsAnswers every PSFS answer, oldest first (a skipped prompt is none)
 * @param programmeDecisions every decision on a programme proposal, in the order they were decided
 */
public record StoredData(
        @Nullable Settings settings,
        @Nullable Instant pausedUntil,
        List<Screening> screenings,
        List<PainEntry> painEntries,
        List<SessionLog> sessionLogs,
        List<ReminderRecord> reminders,
        List<PsfsAnswer> psfsAnswers,
        List<ProposalDecision> programmeDecisions) {
    public StoredData {
        programmeDecisions = List.copyOf(programmeDecisions);
        screenings = List.copyOf(screenings);
        painEntries = List.copyOf(painEntries);
        sessionLogs = List.copyOf(sessionLogs);
        reminders = List.copyOf(reminders);
        psfsAnswers = List.copyOf(psfsAnswers);
    }

    /** The data without PSFS answers or decisions on programme proposals, as format versions before 3 hold it. */
    public StoredData(
            @Nullable Settings settings,
            @Nullable Instant pausedUntil,
            List<Screening> screenings,
            List<PainEntry> painEntries,
            List<SessionLog> sessionLogs,
            List<ReminderRecord> reminders) {
        this(settings, pausedUntil, screenings, painEntries, sessionLogs, reminders, List.of(), List.of());
    }

    public boolean isEmpty() {
        return settings == null
                && pausedUntil == null
                && screenings.isEmpty()
                && painEntries.isEmpty()
                && sessionLogs.isEmpty()
                && reminders.isEmpty()
                && psfsAnswers.isEmpty()
                && programmeDecisions.isEmpty();
    }
}
