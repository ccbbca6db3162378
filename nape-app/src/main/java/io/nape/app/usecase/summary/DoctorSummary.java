package io.nape.app.usecase.summary;

import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.progress.ProgressLoad;
import io.nape.app.usecase.progress.ProgressLoad.ProgressData;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalReason;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.Progress;
import io.nape.core.progress.WeekAdherence;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Screening;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Read what the printable summary for the doctor shows of the last 4 or 12 weeks (the current week
 * and those before it, Monday to Sunday): each week's sessions done of those due and the 7-day pain
 * mean at its end (today for the current week), the PSFS answers and the checks of the period (and
 * the check in force, when it is older), and the level of the exercises.
 */
public final class DoctorSummary {
    /** The spans a summary covers, in weeks. */
    public static final List<Integer> SPANS = List.of(4, 12);

    private DoctorSummary() {}

    /** A summary of {@code weeks} weeks for {@code person}. */
    public record Request(PersonId person, int weeks) {
        public Request {
            Objects.requireNonNull(person, "person");
            if (!SPANS.contains(weeks)) {
                throw new InvalidSummaryWeeksException(Integer.toString(weeks));
            }
        }

        /** The request from the number of weeks as typed, such as {@code 4}; one clear message if it is not 4 or 12. */
        public static Request parse(PersonId person, @Nullable String weeks) {
            if (weeks == null || weeks.isBlank()) {
                return new Request(person, SPANS.get(0));
            }
            String stripped = weeks.strip();
            if (!stripped.matches("[0-9]{1,3}")) {
                throw new InvalidSummaryWeeksException(stripped.length() > 20 ? stripped.substring(0, 20) : stripped);
            }
            return new Request(person, Integer.parseInt(stripped));
        }
    }

    /**
     * What the summary shows.
     *
     * @param weeks oldest first, each of them in the period
     * @param psfs the PSFS answers of the period, oldest first
     * @param checks the checks of the period, oldest first
     * @param inForce the check whose advice is in force now, if any
     * @param levelChanges the changes of level in the period, oldest first; see {@link #levelChanges}
     */
    public record Summary(
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            List<Week> weeks,
            List<PsfsAnswer> psfs,
            List<Screening> checks,
            Optional<Screening> inForce,
            DosageLevel level,
            List<LevelChange> levelChanges) {
        public Summary {
            weeks = List.copyOf(weeks);
            psfs = List.copyOf(psfs);
            checks = List.copyOf(checks);
            levelChanges = List.copyOf(levelChanges);
        }
    }

    /**
     * One week of the period.
     *
     * @param painMean the mean of the pain entries of the 7 days ending on the week's last day (today
     *     for the current week), or null without entries then
     */
    public record Week(
            LocalDate monday, Adherence adherence, @Nullable PainMean painMean) {}

    /** One confirmed change of the exercises' level, when the person confirmed it, with the rule's reason. */
    public record LevelChange(Instant at, DosageLevel from, DosageLevel to, ProposalReason reason) {}

    public static Summary read(PersonRecords records, Request request) {
        Settings settings = records.settings();
        ZoneId zone = settings.timeZone();
        Instant now = records.clock().instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisMonday.minusWeeks(request.weeks() - 1L);
        ProgressData progress = ProgressLoad.load(records, settings, now);
        List<Week> weeks = new ArrayList<>();
        for (int index = 0; index < request.weeks(); index++) {
            LocalDate monday = from.plusWeeks(index);
            LocalDate last = monday.plusDays(6).isAfter(today) ? today : monday.plusDays(6);
            Adherence adherence = progress.report()
                    .weekOf(monday)
                    .map(WeekAdherence::adherence)
                    .orElse(Adherence.NONE);
            weeks.add(new Week(monday, adherence, painMean(progress.pains(), zone, last)));
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        List<PsfsAnswer> psfs = records.psfs().findAll().stream()
                .filter(answer -> !answer.at().isBefore(start) && !answer.at().isAfter(now))
                .toList();
        List<Screening> checks = records.screenings().findAll().stream()
                .filter(check -> !check.at().isBefore(start) && !check.at().isAfter(now))
                .toList();
        return new Summary(
                from,
                today,
                zone,
                weeks,
                psfs,
                checks,
                records.screenings().findLatest(),
                settings.level(),
                levelChanges(records, start, now));
    }

    /** The changes of level the person confirmed between {@code from} and {@code to}, oldest first. */
    static List<LevelChange> levelChanges(PersonRecords records, Instant from, Instant to) {
        return records.programmeDecisions().findAll().stream()
                .filter(decision -> decision.confirmed() && decision.proposal().changesLevel())
                .filter(decision -> !decision.decidedAt().isBefore(from)
                        && !decision.decidedAt().isAfter(to))
                .sorted(Comparator.comparing(ProposalDecision::decidedAt))
                .map(decision -> new LevelChange(
                        decision.decidedAt(),
                        decision.proposal().from(),
                        decision.proposal().to(),
                        decision.proposal().reason()))
                .toList();
    }

    /** The mean of the entries logged on the {@value Progress#MEAN_DAYS} local days ending on {@code last}. */
    static @Nullable PainMean painMean(List<PainEntry> pains, ZoneId zone, LocalDate last) {
        LocalDate first = last.minusDays(Progress.MEAN_DAYS - 1L);
        int entries = 0;
        int total = 0;
        for (PainEntry entry : pains) {
            LocalDate day = entry.at().atZone(zone).toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(last)) {
                entries++;
                total += entry.pain();
            }
        }
        return entries == 0 ? null : new PainMean(first, last, entries, total);
    }
}
