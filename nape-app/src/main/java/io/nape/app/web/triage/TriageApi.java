package io.nape.app.web.triage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.check.AnswersParser;
import io.nape.app.usecase.check.TriageJson;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.WebFeature;
import io.nape.core.safety.SymptomReport;
import java.time.Clock;

/**
 * Run the check on the web: the same answers as {@code nape check --answers}, the same advice as
 * {@code --json}, and the screening stored like the command stores it. Answers are health data:
 * no message quotes them, except the bad number of a range error.
 */
public final class TriageApi implements WebFeature {
    private final PersonRecords records;
    private final Clock clock;

    public TriageApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/triage", this::check);
    }

    private void check(Context ctx) {
        JsonRequest.object(ctx, "{\"painLevel\": 4, \"signs\": [\"headache\"]}");
        SymptomReport report = AnswersParser.parse(ctx.body());
        // Answers that say nothing about the neck leave stricter advice in force, and that advice is the answer.
        ctx.json(
                TriageJson.of(records.takeCheck().take(records.person(), report).adviceInForce()));
    }
}
