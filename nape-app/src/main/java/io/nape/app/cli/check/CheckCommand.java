package io.nape.app.cli.check;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.check.AnswersParser;
import io.nape.app.usecase.check.CheckOutcome;
import io.nape.app.usecase.check.TriageJson;
import io.nape.core.person.PersonId;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Check symptoms for danger signs and say whether to see a doctor and which exercise is safe. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check your symptoms for danger signs: says whether to see a doctor, and which exercise is safe now.",
            "Without --answers, asks the questions one at a time."
        },
        footer = {
            "",
            "Answers (JSON, every field optional):",
            "  {\"age\": 42, \"painLevel\": 0-10, \"daysSinceOnset\": 1.5, \"worsening\": false,",
            "   \"onset\": \"gradual|sudden-movement|injury|overload|unknown\",",
            "   \"signs\": [\"headache\", ...], \"conditions\": [\"osteoporosis\", ...]}",
            "Output with --json: {\"level\", \"exercise\", \"reasons\": [{\"rule\", \"level\", \"exercise\", \"says\", \"source\"}]}",
            "Exit code 0 whatever the advice; 1 when the answers are not right."
        })
public final class CheckCommand implements Runnable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = "--answers",
            paramLabel = "FILE|-",
            description = "Read the answers from a JSON file, or from standard input with '-'.")
    @Nullable
    String answers;

    @Option(names = "--json", description = "Print the advice as JSON.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        SymptomReport report = report(out);
        Wiring wiring = parent.wiring();
        CheckOutcome outcome = wiring.takeCheck().take(PersonId.LOCAL, report);
        TriageResult advice = outcome.adviceInForce();
        if (json) {
            JsonOutput.print(out, TriageJson.of(advice));
            return;
        }
        outcome.standing()
                .ifPresent(standing -> out.println("You answered nothing about your neck, so your check of "
                        + DAY.format(standing.at().atZone(wiring.settings().timeZone()))
                        + " still stands; answer the questions to change its advice."));
        TriageText.print(out, advice);
    }

    private SymptomReport report(PrintWriter out) {
        if (answers != null) {
            return AnswersParser.parse(AnswersSource.read(answers, parent.input()));
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(parent.input(), StandardCharsets.UTF_8));
        PrintWriter questions = json ? spec.commandLine().getErr() : out;
        return new Questionnaire(reader, questions).ask();
    }
}
