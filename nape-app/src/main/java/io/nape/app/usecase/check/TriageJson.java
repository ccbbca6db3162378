package io.nape.app.usecase.check;

import io.nape.app.json.JsonOutput;
import io.nape.core.safety.Reason;
import io.nape.core.safety.TriageResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turn triage advice into the documented JSON: level, exercise, then every reason in order. */
public final class TriageJson {
    private TriageJson() {}

    public static ObjectNode of(TriageResult result) {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("level", result.level().name());
        root.put("exercise", result.exercise().name());
        ArrayNode reasons = root.putArray("reasons");
        for (Reason reason : result.reasons()) {
            ObjectNode node = reasons.addObject();
            node.put("rule", reason.rule());
            node.put("level", reason.level().name());
            node.put("exercise", reason.exercise().name());
            node.put("says", reason.says());
            node.put("source", reason.source());
        }
        return root;
    }
}
