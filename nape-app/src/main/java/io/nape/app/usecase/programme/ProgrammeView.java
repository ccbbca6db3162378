package io.nape.app.usecase.programme;

import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.StepUpHold;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programme as JSON, the same for {@code programme --json} and the API: the figures as {@link
 * ProposalJson} writes them, each with its words in the person's language beside it.
 */
public final class ProgrammeView {
    private ProgrammeView() {}

    /** The review: the level, the plan's level, the open proposals and what holds a step up. */
    public static ObjectNode of(AdaptProgramme.Review review, Texts texts) {
        ProgrammeText words = new ProgrammeText(texts, review.zone());
        ObjectNode node = JsonOutput.mapper().createObjectNode();
        node.put("level", review.review().level().key());
        node.put("planLevel", review.planLevel().key());
        ArrayNode proposals = node.putArray("proposals");
        for (Proposal proposal : review.open()) {
            ObjectNode item = ProposalJson.proposal(proposals.addObject(), proposal);
            item.put("says", words.proposal(proposal));
            item.put("why", words.reason(proposal.reason()));
        }
        ArrayNode holds = node.putArray("holds");
        for (StepUpHold hold : review.review().holds()) {
            holds.addObject().put("hold", hold.key()).put("says", words.hold(hold));
        }
        return node;
    }

    /** One decision, with its line of the history. */
    public static ObjectNode of(ProposalDecision decision, ZoneId zone, Texts texts) {
        ObjectNode node = ProposalJson.decision(JsonOutput.mapper().createObjectNode(), decision);
        node.put("says", new ProgrammeText(texts, zone).historyLine(decision));
        return node;
    }

    /** Every decision given, in their order. */
    public static ArrayNode history(List<ProposalDecision> decisions, ZoneId zone, Texts texts) {
        ArrayNode list = JsonOutput.mapper().createArrayNode();
        decisions.forEach(decision -> list.add(of(decision, zone, texts)));
        return list;
    }
}
