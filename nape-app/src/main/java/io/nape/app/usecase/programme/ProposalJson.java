package io.nape.app.usecase.programme;

import io.nape.core.programme.FlareUp;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalReason;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.progress.PainMean;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Write proposals and decisions as JSON, the same in the data file, on the command line and over the
 * API: keys and ISO moments, the reason's figures as numbers (a pain mean as its entries and their
 * total; the days it covers follow from the reason's days).
 */
public final class ProposalJson {
    private ProposalJson() {}

    /** Fill {@code node} with a decision: its proposal, the answer and when it was given. */
    public static ObjectNode decision(ObjectNode node, ProposalDecision decision) {
        proposal(node.putObject("proposal"), decision.proposal());
        node.put("answer", decision.answer().key());
        node.put("decidedAt", decision.decidedAt().toString());
        return node;
    }

    /** Fill {@code node} with a proposal: id, moment, kind, levels and reason. */
    public static ObjectNode proposal(ObjectNode node, Proposal proposal) {
        node.put("id", proposal.id().value());
        node.put("at", proposal.at().toString());
        node.put("kind", proposal.kind().key());
        node.put("from", proposal.from().key());
        node.put("to", proposal.to().key());
        reason(node.putObject("reason"), proposal.reason());
        return node;
    }

    private static void reason(ObjectNode node, ProposalReason reason) {
        node.put("kind", reason.kind().key());
        if (reason instanceof SteadyProgress steady) {
            node.put("from", steady.from().toString());
            node.put("to", steady.to().toString());
            node.put("planned", steady.adherence().planned());
            node.put("due", steady.adherence().due());
            node.put("done", steady.adherence().done());
            mean(node.putObject("startMean"), steady.startMean());
            mean(node.putObject("endMean"), steady.endMean());
        } else if (reason instanceof FlareUp flareUp) {
            flareUpFigures(node, flareUp);
        } else if (reason instanceof RepeatedFlareUps repeated) {
            ArrayNode flareUps = node.putArray("flareUps");
            for (FlareUp flareUp : repeated.flareUps()) {
                ObjectNode item = flareUps.addObject();
                item.put("kind", flareUp.kind().key());
                flareUpFigures(item, flareUp);
            }
        }
    }

    private static void flareUpFigures(ObjectNode node, FlareUp flareUp) {
        node.put("at", flareUp.at().toString());
        if (flareUp instanceof StoppedForPain stopped) {
            node.put("routine", stopped.routine().value());
        } else if (flareUp instanceof PainAboveMean above) {
            node.put("pain", above.pain());
            node.put("earlierEntries", above.earlierEntries());
            node.put("earlierTotal", above.earlierTotal());
        }
    }

    private static void mean(ObjectNode node, PainMean mean) {
        node.put("entries", mean.entries());
        node.put("total", mean.total());
    }
}
