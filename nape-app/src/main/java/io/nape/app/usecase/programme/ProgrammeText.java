package io.nape.app.usecase.programme;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.programme.FlareUp;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalReason;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StepUpHold;
import io.nape.core.programme.StoppedForPain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The programme in the person's language: levels, proposals, their reasons, holds and decisions. */
public final class ProgrammeText {
    private final Texts texts;
    private final ZoneId zone;

    public ProgrammeText(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    public String level(DosageLevel level) {
        return texts.get("dosage.level." + level.key());
    }

    /** What a proposal asks, in one sentence. */
    public String proposal(Proposal proposal) {
        return texts.get(
                "programme.proposal." + proposal.kind().key(),
                "from",
                level(proposal.from()),
                "to",
                level(proposal.to()));
    }

    /** Why it was made, in one sentence with its figures. */
    public String reason(ProposalReason reason) {
        if (reason instanceof SteadyProgress steady) {
            return texts.get(
                    "programme.reason.steady-progress",
                    "from",
                    texts.dayAndMonth(steady.from()),
                    "to",
                    texts.dayAndMonth(steady.to()),
                    "done",
                    steady.adherence().done(),
                    "due",
                    steady.adherence().due(),
                    "start",
                    steady.startMean().mean(),
                    "end",
                    steady.endMean().mean());
        }
        if (reason instanceof StoppedForPain stopped) {
            return texts.get(
                    "programme.reason.stopped-for-pain",
                    "day",
                    day(stopped.at()),
                    "routine",
                    stopped.routine().value());
        }
        if (reason instanceof PainAboveMean above) {
            return texts.get(
                    "programme.reason.pain-above-mean",
                    "day",
                    day(above.at()),
                    "pain",
                    above.pain(),
                    "mean",
                    above.earlierMean());
        }
        List<FlareUp> flareUps = ((RepeatedFlareUps) reason).flareUps();
        return texts.get(
                "programme.reason.repeated-flare-ups",
                "count",
                flareUps.size(),
                "day",
                day(flareUps.get(flareUps.size() - 1).at()));
    }

    /** The reason in a few words, for a line of the history. */
    public String shortReason(ProposalReason reason) {
        return texts.get("programme.shortReason." + reason.kind().key());
    }

    public String hold(StepUpHold hold) {
        return texts.get("programme.hold." + hold.key());
    }

    public String answer(ProposalDecision decision) {
        return texts.get("programme.answer." + decision.answer().key());
    }

    /** One line of the history: when, what changed or was asked, why, and the answer. */
    public String historyLine(ProposalDecision decision) {
        Proposal proposal = decision.proposal();
        return texts.get(
                proposal.changesLevel() ? "programme.history.level" : "programme.history.check",
                "day",
                day(decision.decidedAt()),
                "from",
                level(proposal.from()),
                "to",
                level(proposal.to()),
                "reason",
                shortReason(proposal.reason()),
                "answer",
                answer(decision));
    }

    private String day(Instant at) {
        return texts.dayAndMonth(at.atZone(zone).toLocalDate());
    }
}
