package io.nape.app.usecase.programme;

import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.progress.ProgressLoad;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.person.PersonId;
import io.nape.core.plan.Settings;
import io.nape.core.programme.Answer;
import io.nape.core.programme.Programme;
import io.nape.core.programme.ProgrammeRecord;
import io.nape.core.programme.ProgrammeReview;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalNotOpenException;
import io.nape.core.progress.DayAdherence;
import io.nape.core.safety.Screening;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Review the person's programme and take their answer to its proposals. The record comes from what
 * Progress reads (the presence-aware adherence of each day, the sessions and pain entries of the
 * last year), the decisions and the latest check; the person plays at the plan's level until their
 * first confirmed change, so the rules step down from the level really played. Confirming a change
 * of level sets the plan's {@code level} setting, so every edge plans at it; nothing changes
 * without an answer.
 */
public final class AdaptProgramme {
    private final PersonRecords records;

    public AdaptProgramme(PersonRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * What the rules make of the record now.
     *
     * @param review the level in force, the proposals open and what holds a step up
     * @param planLevel the level the plan runs at, from the settings; it differs from the review's
     *     level only when the person set it by hand since their last decision
     * @param zone the person's time zone, in which the edges word dates
     */
    public record Review(ProgrammeReview review, DosageLevel planLevel, ZoneId zone) {
        public Review {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(planLevel, "planLevel");
            Objects.requireNonNull(zone, "zone");
        }

        /** The proposals open now: a change of level first, then a check. */
        public List<Proposal> open() {
            return Stream.concat(review.change().stream(), review.check().stream())
                    .toList();
        }
    }

    /** A decision as saved, and the level the plan runs at after it. */
    public record Decided(ProposalDecision decision, DosageLevel planLevel) {}

    /** The review of the person's record as of now. */
    public Review review(PersonId person) {
        Objects.requireNonNull(person, "person");
        Settings settings = records.settings();
        Instant now = records.clock().instant();
        return new Review(Programme.review(record(settings, now), now), settings.level(), settings.timeZone());
    }

    /** Confirm the open proposal {@code id}; a change of level sets the plan's level. */
    public Decided confirm(PersonId person, String id) {
        return answer(person, id, Answer.CONFIRMED);
    }

    /** Decline the open proposal {@code id}; nothing else changes. */
    public Decided decline(PersonId person, String id) {
        return answer(person, id, Answer.DECLINED);
    }

    /**
     * Answer the open proposal {@code id}.
     *
     * @throws ProposalNotOpenException when no proposal open now has that id
     */
    public Decided answer(PersonId person, String id, Answer answer) {
        String named = id.strip();
        Review review = review(person);
        Proposal proposal = review.open().stream()
                .filter(open -> open.id().value().equals(named))
                .findFirst()
                .orElseThrow(ProposalNotOpenException::new);
        Instant now = records.clock().instant();
        ProposalDecision saved = records.programmeDecisions().save(new ProposalDecision(proposal, answer, now));
        DosageLevel planLevel = review.planLevel();
        if (saved.confirmed() && proposal.changesLevel() && planLevel != proposal.to()) {
            Settings changed = records.settings().withLevel(proposal.to());
            records.settingsRepository().save(changed);
            planLevel = changed.level();
        }
        return new Decided(saved, planLevel);
    }

    /** Every decision, newest first. */
    public List<ProposalDecision> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        List<ProposalDecision> decisions =
                new ArrayList<>(records.programmeDecisions().findAll());
        Collections.reverse(decisions);
        return List.copyOf(decisions);
    }

    private ProgrammeRecord record(Settings settings, Instant now) {
        ZoneId zone = settings.timeZone();
        ProgressLoad.ProgressData progress = ProgressLoad.load(records, settings, now);
        List<DayAdherence> days = progress.report().days();
        List<ProposalDecision> decisions = records.programmeDecisions().findAll();
        Optional<Screening> latestCheck = records.screenings().findLatest();
        Instant began = Stream.of(
                        days.stream().map(day -> day.day().atStartOfDay(zone).toInstant()),
                        latestCheck.stream().map(Screening::at),
                        decisions.stream().map(decision -> decision.proposal().at()))
                .flatMap(instants -> instants)
                .min(Instant::compareTo)
                .orElse(now);
        boolean decidedLevel = decisions.stream()
                .anyMatch(
                        decision -> decision.confirmed() && decision.proposal().changesLevel());
        DosageLevel start = decidedLevel ? Programme.START : settings.level();
        return ProgrammeRecord.of(
                zone, began, decisions, progress.sessions(), progress.pains(), days, latestCheck, start);
    }
}
