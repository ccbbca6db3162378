package io.nape.app.web.today;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.ReadCache;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.plan.BreakText;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.SessionStart;
import io.nape.app.usecase.session.StartDecision;
import io.nape.app.usecase.today.TodayProgress;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.check.ReasonWords;
import io.nape.app.web.session.SessionWords;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Show today: the plan with what is done and next, the next reminder, the advice in force, one start button. */
public final class TodayPages implements WebFeature {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final PersonRecords records;
    private final Clock clock;

    public TodayPages(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::today);
    }

    private void today(Context ctx) {
        Texts t = WebTexts.of(ctx);
        ReadCache.Snapshot reads = records.reads().snapshot();
        Settings settings = records.settings(reads);
        ZoneId zone = settings.timeZone();
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        Catalogue catalogue = records.catalogue(t.language());
        List<EventProgress> progress = TodayProgress.progress(records, reads, settings, day, now);
        List<EventRow> events = progress.stream()
                .map(item -> EventRow.of(item, name(t, catalogue, item.event()), t))
                .toList();
        Optional<EventProgress> next = progress.stream()
                .filter(item -> item.state() == EventProgress.State.NEXT)
                .findFirst();
        Optional<Instant> pausedUntil = TodayProgress.pausedUntil(records, reads, now);
        String reminder = pausedUntil
                .map(until -> t.get("todaypage.reminder.paused", "time", TIME.format(until.atZone(zone))))
                .orElseGet(() -> next.map(item -> t.get(
                                "todaypage.reminder.next",
                                "time",
                                TIME.format(item.event().at()),
                                "kind",
                                kindWords(t, item.event())))
                        .orElse(t.get("todaypage.reminder.none")));
        SessionStart gate = records.sessionStart(t.language(), reads);
        StartButton start = null;
        String refusal = "";
        if (next.isPresent()) {
            PlanEvent event = next.get().event();
            DeskBreak deskBreak = event.deskBreak();
            StartDecision decision = deskBreak == null
                    ? gate.decide(records.person(), event.routine().value(), event.level())
                    : gate.decideBreak(records.person(), deskBreak, event.level());
            if (decision instanceof SessionRefusal refused) {
                refusal = SessionWords.refusal(t, refused, catalogue, zone);
            } else {
                start = StartButton.of(event, name(t, catalogue, event));
            }
        }
        Instant midnight = day.atStartOfDay(zone).toInstant();
        Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<SessionLog> played = reads.get(new PlayedKey(midnight, nextMidnight), () -> records.sessionLogs()
                .findStartedBetween(midnight, nextMidnight));
        List<DoneRow> done = played.stream()
                .sorted(Comparator.comparing(SessionLog::startedAt))
                .map(log -> DoneRow.of(log, name(catalogue, log.routine()), zone, t))
                .toList();
        TodayPage page = new TodayPage(
                longDate(t, day),
                zone.getId(),
                events,
                reminder,
                start,
                refusal,
                advice(t, gate, records.person(), zone),
                done,
                new MeasureFunction(records).prompt(records.person()).due());
        PageRenderer.render(ctx, "today/today.jte", Map.of("page", page));
    }

    /** A day with its weekday, month and year in words: "Thursday 3 December 2026". */
    public static String longDate(Texts t, LocalDate day) {
        return t.get(
                "todaypage.date",
                "weekday",
                day.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale()),
                "date",
                t.date(day));
    }

    /** The words of a planned event's kind, from the plan's texts where they have them. */
    static String kindWords(Texts t, PlanEvent event) {
        return WebTexts.shared(
                t, "event.kind." + event.kind().name(), event.kind().label());
    }

    private static Advice advice(Texts t, SessionStart gate, PersonId person, ZoneId zone) {
        Optional<Screening> latest = gate.adviceInForce(person);
        if (latest.isEmpty()) {
            return new Advice(false, false, "", t.get("todaypage.advice.unchecked"), "", "", "");
        }
        Screening screening = latest.get();
        String recheck;
        switch (gate.recheck(person).kind()) {
            case HIGH_PAIN:
                recheck = t.get("todaypage.recheck.highPain");
                break;
            case STALE:
                recheck = t.get("todaypage.recheck.stale");
                break;
            default:
                recheck = "";
        }
        String emergency = screening.result().reasons().stream()
                .filter(Reason::isEmergency)
                .map(reason -> ReasonWords.says(t, reason))
                .findFirst()
                .orElse("");
        return new Advice(
                true,
                screening.result().isUrgent(),
                emergency,
                levelMeaning(t, screening.result().level()),
                exerciseMeaning(t, screening.result().exercise()),
                longDate(t, screening.at().atZone(zone).toLocalDate()),
                recheck);
    }

    /** The key of the sessions played in a span among the kept reads. */
    private record PlayedKey(Instant from, Instant to) {}

    /** The name of what an event plays: its routine's, or for a micro-break cut from the complex, its own. */
    static String name(Texts t, Catalogue catalogue, PlanEvent event) {
        return event.deskBreak() == null ? name(catalogue, event.routine()) : t.get("todaypage.deskBreak");
    }

    static String name(Catalogue catalogue, RoutineId routine) {
        return catalogue.findRoutine(routine.value()).map(found -> found.name()).orElse(routine.value());
    }

    /** What the advice of a check means, from the safety texts where they have it. */
    public static String levelMeaning(Texts t, TriageLevel level) {
        return WebTexts.shared(t, "safety.level." + level.name(), level.meaning());
    }

    /** Which exercise the advice of a check allows, from the safety texts where they have it. */
    public static String exerciseMeaning(Texts t, ExerciseAdvice advice) {
        return WebTexts.shared(t, "safety.exercise." + advice.name(), advice.meaning());
    }

    /** How a session ended, in a few plain words. */
    public static String outcomeWords(Texts t, SessionOutcome outcome) {
        return t.get("todaypage.outcome." + outcome.name());
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
            List<DoneRow> done,
            boolean psfsDue) {}

    /** One planned event and where it stands. */
    /**
     * One planned event and where it stands.
     *
     * @param holds what a micro-break cut from the complex holds, in words; empty for a whole routine
     */
    public record EventRow(
            String time, String kind, String routine, int minutes, String state, boolean next, String holds) {
        static EventRow of(EventProgress item, String routineName, Texts t) {
            PlanEvent event = item.event();
            return new EventRow(
                    TIME.format(event.at()),
                    kindWords(t, event),
                    routineName,
                    event.minutes(),
                    t.get("todaypage.state." + item.state().name()),
                    item.state() == EventProgress.State.NEXT,
                    event.findDeskBreak()
                            .map(deskBreak -> BreakText.of(deskBreak, t))
                            .orElse(""));
        }
    }

    /** The one button that starts the next planned routine. */
    public record StartButton(String href, String routine, String time) {
        static StartButton of(PlanEvent event, String routineName) {
            return new StartButton(
                    "/session/" + event.routine().value() + "?level="
                            + event.level().key()
                            + (event.deskBreak() == null
                                    ? ""
                                    : "&at=" + URLEncoder.encode(event.atText(), StandardCharsets.UTF_8)),
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
        static DoneRow of(SessionLog log, String routineName, ZoneId zone, Texts t) {
            return new DoneRow(
                    TIME.format(log.startedAt().atZone(zone)),
                    routineName,
                    outcomeWords(t, log.outcome()),
                    log.completedCount(),
                    log.exercises().size());
        }
    }
}
