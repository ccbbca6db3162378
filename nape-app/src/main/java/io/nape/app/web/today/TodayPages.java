package io.nape.app.web.today;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.ReadCache;
import io.nape.app.Wiring;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.SessionStart;
import io.nape.app.usecase.session.StartDecision;
import io.nape.app.usecase.today.TodayProgress;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.session.SessionWords;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Show today: the plan with what is done and next, the next reminder, the advice in force, one start button. */
public final class TodayPages implements WebFeature {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final Wiring wiring;
    private final Clock clock;

    public TodayPages(Wiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::today);
    }

    private void today(Context ctx) {
        ReadCache.Snapshot reads = wiring.reads().snapshot();
        Settings settings = wiring.settings(reads);
        ZoneId zone = settings.timeZone();
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        Catalogue catalogue = wiring.catalogue();
        List<EventProgress> progress = TodayProgress.progress(wiring, reads, settings, day, now);
        List<EventRow> events = progress.stream()
                .map(item -> EventRow.of(item, name(catalogue, item.event().routine())))
                .toList();
        Optional<EventProgress> next = progress.stream()
                .filter(item -> item.state() == EventProgress.State.NEXT)
                .findFirst();
        Optional<Instant> pausedUntil = TodayProgress.pausedUntil(wiring, reads, now);
        String reminder = pausedUntil
                .map(until -> "Reminders are paused until " + TIME.format(until.atZone(zone)) + ".")
                .orElseGet(() -> next.map(item ->
                                "Next reminder at " + TIME.format(item.event().at()) + ": "
                                        + item.event().kind().label() + ".")
                        .orElse("No more reminders today."));
        SessionStart gate = wiring.sessionStart(reads);
        StartButton start = null;
        String refusal = "";
        if (next.isPresent()) {
            PlanEvent event = next.get().event();
            StartDecision decision = gate.decide(PersonId.LOCAL, event.routine().value(), event.level());
            if (decision instanceof SessionRefusal refused) {
                refusal = SessionWords.refusal(refused, catalogue, zone);
            } else {
                start = StartButton.of(event, name(catalogue, event.routine()));
            }
        }
        Instant midnight = day.atStartOfDay(zone).toInstant();
        Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<SessionLog> played = reads.get(new PlayedKey(midnight, nextMidnight), () -> wiring.sessionLogs()
                .findStartedBetween(midnight, nextMidnight));
        List<DoneRow> done = played.stream()
                .sorted(Comparator.comparing(SessionLog::startedAt))
                .map(log -> DoneRow.of(log, name(catalogue, log.routine()), zone))
                .toList();
        TodayPage page = new TodayPage(
                DAY.format(day), zone.getId(), events, reminder, start, refusal, advice(gate, zone), done);
        PageRenderer.render(ctx, "today/today.jte", Map.of("page", page));
    }

    private static Advice advice(SessionStart gate, ZoneId zone) {
        Optional<Screening> latest = gate.adviceInForce(PersonId.LOCAL);
        if (latest.isEmpty()) {
            return new Advice(false, false, "", "You have not taken the check yet.", "", "", "");
        }
        Screening screening = latest.get();
        String recheck;
        switch (gate.recheck(PersonId.LOCAL).kind()) {
            case HIGH_PAIN:
                recheck = "You logged strong pain since your last check.";
                break;
            case STALE:
                recheck = "Your check is more than a week old.";
                break;
            default:
                recheck = "";
        }
        String emergency = screening.result().reasons().stream()
                .filter(Reason::isEmergency)
                .map(Reason::says)
                .findFirst()
                .orElse("");
        return new Advice(
                true,
                screening.result().isUrgent(),
                emergency,
                screening.result().level().meaning(),
                screening.result().exercise().meaning(),
                DAY.format(screening.at().atZone(zone)),
                recheck);
    }

    /** The key of the sessions played in a span among the kept reads. */
    private record PlayedKey(Instant from, Instant to) {}

    static String name(Catalogue catalogue, RoutineId routine) {
        return catalogue.findRoutine(routine.value()).map(found -> found.name()).orElse(routine.value());
    }

    /** How a session ended, in a few plain words. */
    public static String outcomeWords(SessionOutcome outcome) {
        switch (outcome) {
            case COMPLETED:
                return "completed";
            case STOPPED_FOR_PAIN:
                return "stopped because it hurt";
            case SKIPPED_PARTS:
                return "done, with parts skipped";
            default:
                return "stopped early";
        }
    }

    /** Everything the Today page shows. */
    public record TodayPage(
            String date,
            String zone,
            List<EventRow> events,
            String reminder,
            @Nullable StartButton start,
            String refusal,
            Advice advice,
            List<DoneRow> done) {}

    /** One planned event and where it stands. */
    public record EventRow(String time, String kind, String routine, int minutes, String state, boolean next) {
        static EventRow of(EventProgress item, String routineName) {
            PlanEvent event = item.event();
            String state;
            switch (item.state()) {
                case DONE:
                    state = "Done";
                    break;
                case STOPPED:
                    state = "Stopped";
                    break;
                case BEFORE_START:
                    state = "Before you started";
                    break;
                case SKIPPED:
                    state = "Skipped";
                    break;
                case MISSED:
                    state = "Missed";
                    break;
                case NEXT:
                    state = "Next";
                    break;
                default:
                    state = "Later";
            }
            return new EventRow(
                    TIME.format(event.at()),
                    event.kind().label(),
                    routineName,
                    event.minutes(),
                    state,
                    item.state() == EventProgress.State.NEXT);
        }
    }

    /** The one button that starts the next planned routine. */
    public record StartButton(String href, String routine, String time) {
        static StartButton of(PlanEvent event, String routineName) {
            return new StartButton(
                    "/session/" + event.routine().value() + "?level="
                            + event.level().key(),
                    routineName,
                    TIME.format(event.at()));
        }
    }

    /**
     * The advice of the latest check.
     *
     * @param emergency the sentence of the first emergency reason, or empty when none fired
     * @param recheck why a new check is due, or empty when it is not
     */
    public record Advice(
            boolean checked,
            boolean urgent,
            String emergency,
            String level,
            String exercise,
            String checkedOn,
            String recheck) {}

    /** One session played today. */
    public record DoneRow(String time, String routine, String outcome, long completed, int exercises) {
        static DoneRow of(SessionLog log, String routineName, ZoneId zone) {
            return new DoneRow(
                    TIME.format(log.startedAt().atZone(zone)),
                    routineName,
                    outcomeWords(log.outcome()),
                    log.completedCount(),
                    log.exercises().size());
        }
    }
}
