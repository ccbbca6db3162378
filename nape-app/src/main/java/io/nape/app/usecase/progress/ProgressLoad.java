package io.nape.app.usecase.progress;

import io.nape.app.ReadCache;
import io.nape.app.usecase.PersonRecords;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionSummary;
import io.nape.core.plan.Settings;
import io.nape.core.progress.ProgressReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Load what progress is computed from and compute it: for the command, the API and the Progress page. */
public final class ProgressLoad {
    private ProgressLoad() {}

    /**
     * What progress is computed from, and the result: the sessions and pain entries of the last
     * year, and the report over the plan from the day of the first thing recorded (at most a year
     * back) to the end of this week. The command, the API and the Progress page all use this.
     */
    public record ProgressData(ProgressReport report, List<SessionSummary> sessions, List<PainEntry> pains) {}

    /** The progress as of {@code now}. */
    public static ProgressData load(PersonRecords records, Settings settings, Instant now) {
        return load(records, records.reads().snapshot(), settings, now);
    }

    /** The progress as of {@code now}, read under a snapshot taken for one request. */
    public static ProgressData load(PersonRecords records, ReadCache.Snapshot reads, Settings settings, Instant now) {
        ZoneId zone = settings.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        ProgressInputs inputs =
                reads.get(new InputsKey(settings, today), () -> ProgressInputs.read(records, settings, today));
        return new ProgressData(inputs.reportAt(zone, now), inputs.sessions(), inputs.pains());
    }

    /** The key of the inputs among the kept reads: they depend on the settings and the day. */
    private record InputsKey(Settings settings, LocalDate today) {}
}
