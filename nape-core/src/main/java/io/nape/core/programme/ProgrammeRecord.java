package io.nape.core.programme;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.progress.DayAdherence;
import io.nape.core.safety.Screening;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hold the recent record the programme's rules read. Lists may come in any order; older items than
 * the rules look at are ignored, so an edge may pass the last few weeks or everything.
 *
 * @param zone the person's time zone: days are local days in it
 * @param began when the person began (the first thing they recorded)
 * @param decisions every decision on a proposal, in any order; the level is that of the latest
 *     confirmed change, else {@link Programme#START}
 * @param sessions the sessions played; only their outcomes and starts are read
 * @param pains the pain entries
 * @param days the adherence of each local day, as {@code Progress} computes it (presence-aware); a day
 *     missing counts as nothing due
 * @param latestCheck the latest check, or empty when there was never one
 * @param start the level before any confirmed change: {@link Programme#START} for a new person, or
 *     the level an edge knows the person already plays at (such as the plan's level)
 */
public record ProgrammeRecord(
        ZoneId zone,
        Instant began,
        List<ProposalDecision> decisions,
        List<PlayedSession> sessions,
        List<PainEntry> pains,
        List<DayAdherence> days,
        Optional<Screening> latestCheck,
        DosageLevel start) {
    public ProgrammeRecord {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(began, "began");
        Objects.requireNonNull(latestCheck, "latestCheck");
        decisions = List.copyOf(decisions);
        sessions = List.copyOf(sessions);
        pains = List.copyOf(pains);
        days = List.copyOf(days);
    }

    /** The record of a person who starts at {@link Programme#START}. */
    public ProgrammeRecord(
            ZoneId zone,
            Instant began,
            List<ProposalDecision> decisions,
            List<PlayedSession> sessions,
            List<PainEntry> pains,
            List<DayAdherence> days,
            Optional<Screening> latestCheck) {
        this(zone, began, decisions, sessions, pains, days, latestCheck, Programme.START);
    }

    /** The record with sessions of any type, of a person who starts at {@code start}. */
    public static ProgrammeRecord of(
            ZoneId zone,
            Instant began,
            List<ProposalDecision> decisions,
            List<? extends PlayedSession> sessions,
            List<PainEntry> pains,
            List<DayAdherence> days,
            Optional<Screening> latestCheck,
            DosageLevel start) {
        return new ProgrammeRecord(
                zone, began, decisions, List.<PlayedSession>copyOf(sessions), pains, days, latestCheck, start);
    }

    /** The record with sessions of any type that tells what adherence needs, such as session summaries. */
    public static ProgrammeRecord of(
            ZoneId zone,
            Instant began,
            List<ProposalDecision> decisions,
            List<? extends PlayedSession> sessions,
            List<PainEntry> pains,
            List<DayAdherence> days,
            Optional<Screening> latestCheck) {
        return new ProgrammeRecord(
                zone, began, decisions, List.<PlayedSession>copyOf(sessions), pains, days, latestCheck);
    }
}
