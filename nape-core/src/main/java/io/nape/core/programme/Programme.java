package io.nape.core.programme;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.DayAdherence;
import io.nape.core.progress.PainMean;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.SafetyGate;
import io.nape.core.safety.Screening;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Propose a change of level, or a check, from the recent record: a pure function of the record and
 * the moment asked. Nothing changes by itself: the person confirms or declines every proposal.
 *
 * <p>Model. Levels run {@code gentle}, {@code standard}, {@code full}; a new person starts at
 * {@link #START} (unless the record names another start), and the level is that of the latest
 * confirmed level decision. Days are local days
 * in the record's zone. A <em>flare-up</em> is a session stopped for pain (at its start) or a pain
 * entry at least {@link #FLARE_UP_POINTS} points above the mean of the entries of the {@link
 * #MEAN_DAYS} days before it ({@code [at - 7 days, at)}; without such entries there is no mean and no
 * flare-up). Only what happened, and what was decided, up to {@code now} is read.
 *
 * <ul>
 *   <li>Step down: a flare-up later than every decided level proposal's moment is <em>open</em>; an
 *       open flare-up proposes one level down at once, named by the latest open one. At {@code
 *       gentle} there is nothing lower: the flare-up proposes nothing, and holds a step up for ten
 *       days as below.
 *   <li>Step up: the {@link #STEP_UP_DAYS} days ending yesterday must all come on or after the day of
 *       the later of the beginning and the latest level decision (confirmed or declined: a declined
 *       step up waits ten days again); at least {@link #STEP_UP_PERCENT}% of their due sessions taken
 *       (exactly: 10 done of 14 due is not enough, 7 of 10 is); no flare-up (no session stopped for
 *       pain, and no pain well above its mean) from their first day to now; the pain mean of the 7
 *       days ending the last of them no higher than that of the 7 days ending the first (exact
 *       fractions; without entries in either week it waits); no step down proposed; a latest check
 *       whose exercise advice is {@code ALLOWED} and which is no older than {@link
 *       SafetyGate#FRESH_FOR}; and a level below {@code full}. Every condition not met is a
 *       {@link StepUpHold}; while the days are too few, only the holds that need no days are added.
 *   <li>Check: when the latest flare-up is no older than {@link #CHECK_WINDOW}, at least {@link
 *       #FLARE_UPS_FOR_CHECK} flare-ups lie within {@link #CHECK_WINDOW} up to it, no check was taken
 *       at or after it, and no decision answers that proposal yet.
 * </ul>
 *
 * <p>Ids and moments come from the record, not from {@code now}: a step down and a check are named
 * by their flare-up's moment, a step up by the start of today; so the same record gives the same
 * proposals on every evaluation of the day. Invariants, each tested: a proposal moves one level;
 * there is never a step up while the advice is not {@code ALLOWED}; an open stop for pain above
 * {@code gentle} always steps down; the result does not depend on the order of any list.
 */
public final class Programme {
    /** Where a new person starts. */
    public static final DosageLevel START = DosageLevel.GENTLE;
    /** How many days a level is held, and judged, before a step up. */
    public static final int STEP_UP_DAYS = 10;
    /** The share of due sessions, in percent, that must be taken on those days. */
    public static final int STEP_UP_PERCENT = 70;
    /** How many days a pain mean covers. */
    public static final int MEAN_DAYS = 7;
    /** How many points above the mean a pain entry must be to count as a flare-up. */
    public static final int FLARE_UP_POINTS = 2;
    /** How many flare-ups within {@link #CHECK_WINDOW} call for a check. */
    public static final int FLARE_UPS_FOR_CHECK = 2;
    /** The span within which repeated flare-ups call for a check. */
    public static final Duration CHECK_WINDOW = Duration.ofDays(7);

    private static final Duration MEAN_SPAN = Duration.ofDays(MEAN_DAYS);
    /** Oldest first; at one moment a pain entry before a stop, so that the stop names the proposal. */
    private static final Comparator<FlareUp> IN_TIME =
            Comparator.comparing(FlareUp::at).thenComparing(flareUp -> flareUp instanceof StoppedForPain ? 1 : 0);

    /** By the moment decided, then by the proposal's moment and id, so that ties never depend on order. */
    private static final Comparator<ProposalDecision> LATEST_DECIDED = Comparator.comparing(ProposalDecision::decidedAt)
            .thenComparing(decision -> decision.proposal().at())
            .thenComparing(decision -> decision.proposal().id().value());

    private Programme() {}

    /** The level in force after {@code decisions} (in any order): that of the latest confirmed change, else {@link #START}. */
    public static DosageLevel level(List<ProposalDecision> decisions) {
        return level(decisions, START);
    }

    /** The level in force after {@code decisions}: that of the latest confirmed change, else {@code start}. */
    public static DosageLevel level(List<ProposalDecision> decisions, DosageLevel start) {
        return levelDecisions(decisions).stream()
                .filter(ProposalDecision::confirmed)
                .max(LATEST_DECIDED)
                .map(decision -> decision.proposal().to())
                .orElse(start);
    }

    /** What the rules make of {@code record} at {@code now}. */
    public static ProgrammeReview review(ProgrammeRecord record, Instant now) {
        List<ProposalDecision> decided = record.decisions().stream()
                .filter(decision -> !decision.decidedAt().isAfter(now))
                .toList();
        DosageLevel level = level(decided, record.start());
        List<FlareUp> flareUps = flareUps(record, now);
        Set<StepUpHold> holds = EnumSet.noneOf(StepUpHold.class);
        Optional<Proposal> change = stepDown(decided, level, flareUps);
        if (change.isPresent()) {
            holds.add(StepUpHold.STEPPING_DOWN);
        }
        if (level == DosageLevel.FULL) {
            holds.add(StepUpHold.AT_TOP);
        }
        addCheckHolds(record.latestCheck(), now, holds);
        Optional<SteadyProgress> progress = steadyProgress(record, decided, flareUps, now, holds);
        if (holds.isEmpty() && progress.isPresent()) {
            Instant today = now.atZone(record.zone())
                    .toLocalDate()
                    .atStartOfDay(record.zone())
                    .toInstant();
            change = Optional.of(new Proposal(
                    ProposalId.of(ProposalKind.STEP_UP, today),
                    today,
                    ProposalKind.STEP_UP,
                    level,
                    DosageLevel.values()[level.ordinal() + 1],
                    progress.get()));
        }
        return new ProgrammeReview(level, change, check(record, decided, level, flareUps, now), holds);
    }

    /** One level down for the latest open flare-up, if any is open and the level is above gentle. */
    private static Optional<Proposal> stepDown(
            List<ProposalDecision> decided, DosageLevel level, List<FlareUp> flareUps) {
        if (level == DosageLevel.GENTLE) {
            return Optional.empty();
        }
        Optional<Instant> answeredUpTo = levelDecisions(decided).stream()
                .map(decision -> decision.proposal().at())
                .max(Comparator.naturalOrder());
        List<FlareUp> open = flareUps.stream()
                .filter(flareUp -> answeredUpTo.isEmpty() || flareUp.at().isAfter(answeredUpTo.get()))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        FlareUp latest = open.get(open.size() - 1);
        return Optional.of(new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, latest.at()),
                latest.at(),
                ProposalKind.STEP_DOWN,
                level,
                DosageLevel.values()[level.ordinal() - 1],
                latest));
    }

    private static void addCheckHolds(Optional<Screening> check, Instant now, Set<StepUpHold> holds) {
        if (check.isEmpty()) {
            holds.add(StepUpHold.NO_CHECK);
            return;
        }
        if (check.get().result().exercise() != ExerciseAdvice.ALLOWED) {
            holds.add(StepUpHold.ADVICE_NOT_ALLOWED);
        }
        if (Duration.between(check.get().at(), now).compareTo(SafetyGate.FRESH_FOR) > 0) {
            holds.add(StepUpHold.CHECK_STALE);
        }
    }

    /**
     * The figures of the {@link #STEP_UP_DAYS} days ending yesterday, adding to {@code holds} every
     * condition on them not met; empty when the days are too few or a pain mean is missing.
     */
    private static Optional<SteadyProgress> steadyProgress(
            ProgrammeRecord record,
            List<ProposalDecision> decided,
            List<FlareUp> flareUps,
            Instant now,
            Set<StepUpHold> holds) {
        ZoneId zone = record.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(STEP_UP_DAYS);
        LocalDate last = today.minusDays(1);
        Instant since = levelDecisions(decided).stream()
                .map(ProposalDecision::decidedAt)
                .filter(decidedAt -> decidedAt.isAfter(record.began()))
                .max(Comparator.naturalOrder())
                .orElse(record.began());
        if (since.atZone(zone).toLocalDate().isAfter(first)) {
            holds.add(StepUpHold.TOO_SOON);
            return Optional.empty();
        }
        Adherence adherence = adherence(record.days(), first, last);
        if (adherence.due() == 0 || 100L * adherence.done() < (long) STEP_UP_PERCENT * adherence.due()) {
            holds.add(StepUpHold.LOW_ADHERENCE);
        }
        Instant firstStart = first.atStartOfDay(zone).toInstant();
        flareUps.stream()
                .filter(flareUp -> !flareUp.at().isBefore(firstStart))
                .forEach(flareUp -> holds.add(
                        flareUp instanceof StoppedForPain ? StepUpHold.STOPPED_FOR_PAIN : StepUpHold.PAIN_ABOVE_MEAN));
        Optional<PainMean> startMean = mean(record.pains(), zone, first);
        Optional<PainMean> endMean = mean(record.pains(), zone, last);
        if (startMean.isEmpty() || endMean.isEmpty()) {
            holds.add(StepUpHold.PAIN_NOT_LOGGED);
            return Optional.empty();
        }
        PainMean start = startMean.get();
        PainMean end = endMean.get();
        if ((long) end.total() * start.entries() > (long) start.total() * end.entries()) {
            holds.add(StepUpHold.PAIN_HIGHER);
        }
        return Optional.of(new SteadyProgress(first, last, adherence, start, end));
    }

    private static Optional<Proposal> check(
            ProgrammeRecord record,
            List<ProposalDecision> decided,
            DosageLevel level,
            List<FlareUp> flareUps,
            Instant now) {
        if (flareUps.isEmpty()) {
            return Optional.empty();
        }
        FlareUp latest = flareUps.get(flareUps.size() - 1);
        if (Duration.between(latest.at(), now).compareTo(CHECK_WINDOW) > 0) {
            return Optional.empty();
        }
        Instant from = latest.at().minus(CHECK_WINDOW);
        List<FlareUp> within = flareUps.stream()
                .filter(flareUp -> !flareUp.at().isBefore(from))
                .toList();
        if (within.size() < FLARE_UPS_FOR_CHECK) {
            return Optional.empty();
        }
        boolean checkedSince = record.latestCheck()
                .filter(check ->
                        !check.at().isBefore(latest.at()) && !check.at().isAfter(now))
                .isPresent();
        ProposalId id = ProposalId.of(ProposalKind.CHECK, latest.at());
        boolean answered =
                decided.stream().anyMatch(decision -> decision.proposal().id().equals(id));
        if (checkedSince || answered) {
            return Optional.empty();
        }
        return Optional.of(
                new Proposal(id, latest.at(), ProposalKind.CHECK, level, level, new RepeatedFlareUps(within)));
    }

    /** Every flare-up up to {@code now}, oldest first. */
    static List<FlareUp> flareUps(ProgrammeRecord record, Instant now) {
        List<FlareUp> flareUps = new ArrayList<>();
        for (PlayedSession session : record.sessions()) {
            if (session.outcome() == SessionOutcome.STOPPED_FOR_PAIN
                    && !session.startedAt().isAfter(now)) {
                flareUps.add(new StoppedForPain(session.startedAt(), session.routine()));
            }
        }
        List<PainEntry> pains = record.pains().stream()
                .filter(entry -> !entry.at().isAfter(now))
                .sorted(Comparator.comparing(PainEntry::at).thenComparingInt(PainEntry::pain))
                .toList();
        int windowStart = 0;
        int entries = 0;
        int total = 0;
        int windowEnd = 0;
        for (PainEntry entry : pains) {
            while (windowEnd < pains.size() && pains.get(windowEnd).at().isBefore(entry.at())) {
                entries++;
                total += pains.get(windowEnd).pain();
                windowEnd++;
            }
            Instant from = entry.at().minus(MEAN_SPAN);
            while (windowStart < windowEnd && pains.get(windowStart).at().isBefore(from)) {
                entries--;
                total -= pains.get(windowStart).pain();
                windowStart++;
            }
            if (entries > 0 && (long) entry.pain() * entries - total >= (long) FLARE_UP_POINTS * entries) {
                flareUps.add(new PainAboveMean(entry.at(), entry.pain(), entries, total));
            }
        }
        return flareUps.stream().distinct().sorted(IN_TIME).toList();
    }

    private static List<ProposalDecision> levelDecisions(List<ProposalDecision> decisions) {
        return decisions.stream()
                .filter(decision -> decision.proposal().changesLevel())
                .toList();
    }

    private static Adherence adherence(List<DayAdherence> days, LocalDate first, LocalDate last) {
        return days.stream()
                .filter(day -> !day.day().isBefore(first) && !day.day().isAfter(last))
                .map(DayAdherence::adherence)
                .reduce(Adherence.NONE, Adherence::plus);
    }

    /** The mean of the entries on the {@link #MEAN_DAYS} local days ending {@code to}. */
    private static Optional<PainMean> mean(List<PainEntry> pains, ZoneId zone, LocalDate to) {
        return io.nape.core.progress.Progress.mean(zone, pains, to);
    }
}
