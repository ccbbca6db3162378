package io.nape.app.cli.check;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.check.AnswersParser;
import io.nape.app.usecase.check.CheckOutcome;
import io.nape.app.usecase.check.TriageJson;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.core.person.PersonId;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        // The description and the footer are in i18n/help.properties.
        usageHelpAutoWidth = true)
public final class CheckCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE|-")
    @Nullable
    String answers;

    @Option(names = "--json")
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
        Texts texts = parent.texts();
        outcome.standing()
                .ifPresent(standing -> out.println(texts.get(
                        "check.standing",
                        "date",
                        texts.date(standing.at()
                                .atZone(wiring.settings().timeZone())
                                .toLocalDate()))));
        TriageText.print(out, advice, texts);
        boolean allowsExercise =
                advice.exercise() == ExerciseAdvice.ALLOWED || advice.exercise() == ExerciseAdvice.GENTLE;
        if (allowsExercise && new MeasureFunction(wiring).prompt(PersonId.LOCAL).due()) {
            out.println(texts.get("todaypsfs.line"));
        }
    }

    private SymptomReport report(PrintWriter out) {
        if (answers != null) {
            return AnswersParser.parse(AnswersSource.read(answers, parent.input()));
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(parent.input(), StandardCharsets.UTF_8));
        PrintWriter questions = json ? spec.commandLine().getErr() : out;
        return new Questionnaire(reader, questions, parent.texts()).ask();
    }
}
