package io.nape.app.data;

import io.nape.core.programme.FlareUp;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalReason;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import java.io.Writer;
import java.util.List;

/**
 * The decisions on programme proposals as two CSV tables: a line per decision with a step up's
 * figures, and a line per flare-up a step down or a check names, in time order.
 */
final class ProgrammeDecisionCsv {
    private ProgrammeDecisionCsv() {}

    static void decisions(Writer out, List<ProposalDecision> decisions) {
        CsvTables.Table table = new CsvTables.Table(
                out,
                "proposal",
                "at",
                "kind",
                "from",
                "to",
                "reason",
                "steadyFrom",
                "steadyTo",
                "planned",
                "due",
                "done",
                "startEntries",
                "startTotal",
                "endEntries",
                "endTotal",
                "answer",
                "decidedAt");
        for (ProposalDecision decision : decisions) {
            Proposal proposal = decision.proposal();
            Object[] steady = new Object[9];
            if (proposal.reason() instanceof SteadyProgress progress) {
                steady = new Object[] {
                    progress.from(),
                    progress.to(),
                    progress.adherence().planned(),
                    progress.adherence().due(),
                    progress.adherence().done(),
                    progress.startMean().entries(),
                    progress.startMean().total(),
                    progress.endMean().entries(),
                    progress.endMean().total()
                };
            }
            table.row(
                    proposal.id().value(),
                    proposal.at(),
                    proposal.kind().key(),
                    proposal.from().key(),
                    proposal.to().key(),
                    proposal.reason().kind().key(),
                    steady[0],
                    steady[1],
                    steady[2],
                    steady[3],
                    steady[4],
                    steady[5],
                    steady[6],
                    steady[7],
                    steady[8],
                    decision.answer().key(),
                    decision.decidedAt());
        }
    }

    static void flareUps(Writer out, List<ProposalDecision> decisions) {
        CsvTables.Table table = new CsvTables.Table(
                out, "proposal", "position", "kind", "at", "routine", "pain", "earlierEntries", "earlierTotal");
        for (ProposalDecision decision : decisions) {
            int position = 1;
            for (FlareUp flareUp : flareUps(decision.proposal().reason())) {
                if (flareUp instanceof StoppedForPain stopped) {
                    table.row(
                            decision.proposal().id().value(),
                            position++,
                            flareUp.kind().key(),
                            flareUp.at(),
                            stopped.routine().value(),
                            null,
                            null,
                            null);
                } else if (flareUp instanceof PainAboveMean above) {
                    table.row(
                            decision.proposal().id().value(),
                            position++,
                            flareUp.kind().key(),
                            flareUp.at(),
                            null,
                            above.pain(),
                            above.earlierEntries(),
                            above.earlierTotal());
                }
            }
        }
    }

    private static List<FlareUp> flareUps(ProposalReason reason) {
        if (reason instanceof FlareUp flareUp) {
            return List.of(flareUp);
        }
        return reason instanceof RepeatedFlareUps repeated ? repeated.flareUps() : List.of();
    }
}
