package io.nape.app.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.json.JsonOutput;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Sign;
import io.nape.core.safety.TriageRule;
import io.nape.store.safety.TriageRulesLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CheckCommandTest {
    private static final String FIX = "; fix the answers and run the check again.";
    private static final String EXAMPLE = "{\"age\": 42, \"painLevel\": 4, \"signs\": [\"headache\"]}";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private CliRun checkAnswers(String json, String... more) throws IOException {
        Path answers = home.resolve("answers.json");
        Files.writeString(answers, json, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", "--answers", answers.toString()));
        args.addAll(List.of(more));
        return CliRun.run(home, args.toArray(String[]::new));
    }

    private static String says(String rule) {
        return TriageRulesLoader.bundled().rules().stream()
                .filter(candidate -> candidate.id().equals(rule))
                .map(TriageRule::says)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }

    @Test
    void printsTheDocumentedJsonForOrdinaryDeskStiffness() throws IOException {
        CliRun run = checkAnswers(
                "{\"age\": 35, \"painLevel\": 3, \"daysSinceOnset\": 1, \"worsening\": false,"
                        + " \"onset\": \"gradual\", \"signs\": [\"stiff-neck\"], \"conditions\": []}",
                "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(fieldNames(result)).containsExactly("level", "exercise", "reasons");
        assertThat(result.get("level").asString()).isEqualTo("SELF_CARE");
        assertThat(result.get("exercise").asString()).isEqualTo("ALLOWED");
        assertThat(result.get("reasons")).isEmpty();
    }

    @Test
    void printsEveryFiredRuleMostSevereFirstWithExitCodeZeroEvenWhenUrgent() throws IOException {
        CliRun run = checkAnswers("{\"signs\": [\"fever\", \"stiff-neck\"]}", "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        JsonNode first = result.get("reasons").get(0);
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("level").asString()).isEqualTo("URGENT");
        assertThat(result.get("exercise").asString()).isEqualTo("NONE");
        assertThat(result.get("reasons").findValuesAsString("rule"))
                .containsExactly("meningitis-signs", "pain-with-fever");
        assertThat(fieldNames(first)).containsExactly("rule", "level", "exercise", "says", "source");
        assertThat(first.get("level").asString()).isEqualTo("URGENT");
        assertThat(first.get("exercise").asString()).isEqualTo("NONE");
        assertThat(first.get("says").asString())
                .isEqualTo(says("meningitis-signs"))
                .contains("call emergency services");
        assertThat(first.get("source").asString()).startsWith("NICE CKS");
    }

    @Test
    void advisesADoctorAndGentleExerciseForPainOfFiveDays() throws IOException {
        CliRun run = checkAnswers("{\"painLevel\": 4, \"daysSinceOnset\": 5}", "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(result.get("level").asString()).isEqualTo("SEE_DOCTOR");
        assertThat(result.get("exercise").asString()).isEqualTo("GENTLE");
        assertThat(result.get("reasons").findValuesAsString("rule")).containsExactly("pain-over-two-days");
    }

    @Test
    void advisesADoctorAndGentleExerciseWhenTurningIsHardBendingHurtsOrHeadachesAreConstant() throws IOException {
        CliRun run = checkAnswers(
                "{\"painLevel\": 3, \"daysSinceOnset\": 1,"
                        + " \"signs\": [\"hard-to-turn-head\", \"pain-on-bending\", \"constant-headaches\"]}",
                "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("level").asString()).isEqualTo("SEE_DOCTOR");
        assertThat(result.get("exercise").asString()).isEqualTo("GENTLE");
        assertThat(result.get("reasons").findValuesAsString("rule"))
                .containsExactly("neck-needs-treatment", "constant-headaches");
    }

    @Test
    void keepsAStiffNeckThatTurnsFullyAndBendsWithoutPainAtSelfCare() throws IOException {
        CliRun run = checkAnswers(
                "{\"painLevel\": 3, \"daysSinceOnset\": 2, \"signs\": [\"stiff-neck\", \"headache\"]}", "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(result.get("level").asString()).isEqualTo("SELF_CARE");
        assertThat(result.get("exercise").asString()).isEqualTo("ALLOWED");
        assertThat(result.get("reasons")).isEmpty();
    }

    @Test
    void readsTheAnswersFromStandardInputWithADash() {
        CliRun run = CliRun.runWithInput(home, "{\"age\": 15}", "check", "--answers", "-", "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("level").asString()).isEqualTo("SEE_DOCTOR");
        assertThat(result.get("exercise").asString()).isEqualTo("PRESCRIBED_ONLY");
        assertThat(result.get("reasons").findValuesAsString("rule")).containsExactly("child-or-teenager");
    }

    @Test
    void saysToGetHelpTodayWhenAnUrgentRuleIsNoEmergency() throws IOException {
        CliRun run = checkAnswers("{\"signs\": [\"hand-clumsiness\"]}");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(1)).isEqualTo("!!  URGENT: GET MEDICAL HELP TODAY.");
        assertThat(run.out()).doesNotContain("CALL EMERGENCY SERVICES NOW");
    }

    @Test
    void putsAnEmergencyFirstAmongUrgentReasons() throws IOException {
        CliRun run = checkAnswers("{\"signs\": [\"hand-clumsiness\", \"double-vision\"]}");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(1)).isEqualTo("!!  URGENT: CALL EMERGENCY SERVICES NOW.");
        assertThat(lines.get(4)).isEqualTo("  ! " + says("neck-artery-signs"));
        assertThat(lines.get(5)).isEqualTo("  ! " + says("spinal-cord-signs"));
    }

    @Test
    void anEmptyCheckLeavesStricterAdviceInForce() throws IOException {
        checkAnswers("{\"signs\": [\"fever\", \"stiff-neck\"]}");

        CliRun empty = checkAnswers("{}");
        CliRun asJson = CliRun.runWithInput(home, "{\"age\": 40}", "check", "--answers", "-", "--json");
        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(empty.out())
                .startsWith("You answered nothing about your neck, so your check of ")
                .contains("still stands; answer the questions to change its advice.")
                .contains("CALL EMERGENCY SERVICES NOW")
                .doesNotContain("Nothing you reported needs a doctor");
        assertThat(JsonOutput.mapper().readTree(asJson.out()).get("level").asString())
                .isEqualTo("URGENT");
        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err()).startsWith("A fever with a stiff neck");
    }

    @Test
    void anyAnswerAboutTheNeckReplacesTheAdvice() throws IOException {
        checkAnswers("{\"signs\": [\"fever\", \"stiff-neck\"]}");

        CliRun better = checkAnswers("{\"painLevel\": 2}");
        CliRun start = CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");

        assertThat(better.out()).startsWith("Nothing you reported needs a doctor right now.");
        assertThat(start.exitCode()).isZero();
    }

    @Test
    void showsUrgentAdviceFirstAndUnmistakablyInPlainWords() throws IOException {
        CliRun run = checkAnswers("{\"signs\": [\"severe-sudden-headache\", \"nausea\"]}");

        List<String> lines = run.out().lines().toList();
        assertThat(run.exitCode()).isZero();
        assertThat(lines.get(1)).isEqualTo("!!  URGENT: CALL EMERGENCY SERVICES NOW.");
        assertThat(lines.get(4)).isEqualTo("  ! " + says("sudden-severe-headache"));
        assertThat(lines.get(5)).isEqualTo("  - " + says("pain-with-nausea"));
        assertThat(run.out()).contains("Exercise: none for now; rest your neck.", "Do not start a session now.");
    }

    @Test
    void saysInPlainWordsThatOrdinaryStiffnessNeedsNoDoctor() throws IOException {
        CliRun run = checkAnswers("{\"painLevel\": 3, \"daysSinceOnset\": 1, \"onset\": \"gradual\"}");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Nothing you reported needs a doctor right now." + NL + NL
                        + "Exercise: every routine is fine; stop at once if anything hurts." + NL)
                .doesNotContain("URGENT");
    }

    @Test
    void asksTheQuestionsOneAtATimeWhenNoAnswersAreGiven() {
        String typed = String.join("\n", "35", "3", "1", "n", "1", "", "", "", "", "", "") + "\n";

        CliRun run = CliRun.runWithInput(home, typed, "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "How old are you?",
                        "How bad is your neck pain right now",
                        "How did the pain start?",
                        "Head and how you feel: do you have any of these now?",
                        "Your health: does any of these apply to you?",
                        "Nothing you reported needs a doctor right now.");
    }

    @Test
    void findsAnEmergencyFromInteractiveAnswersAndAsksAgainAfterABadAnswer() {
        String typed = String.join("\n", "forty", "40", "", "", "", "", "5", "1", "", "", "", "") + "\n";

        CliRun run = CliRun.runWithInput(home, typed, "check", "--json");

        JsonNode result = JsonOutput.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Please type a whole number from 0 to 120, or press Enter to skip.");
        assertThat(result.get("level").asString()).isEqualTo("URGENT");
        assertThat(result.get("reasons").findValuesAsString("rule")).contains("meningitis-signs");
    }

    @Test
    void stopsWithOneLineWhenTheInputEndsBeforeEveryQuestionIsAnswered() {
        CliRun run = CliRun.runWithInput(home, "35\n", "check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("The check ended before every question was answered; run './nape check' again,"
                        + " or give the answers with --answers FILE." + NL);
    }

    @Test
    void asksAboutEverySignExactlyOnce() {
        List<Sign> asked = io.nape.app.usecase.check.SignGroups.ALL.stream()
                .flatMap(group -> group.signs().stream())
                .toList();

        assertThat(asked).containsExactlyInAnyOrder(Sign.values());
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                bad("{\"painLevel\": 12}", "\"painLevel\" must be from 0 to 10, was 12" + FIX),
                bad("{\"age\": -3}", "\"age\" must be from 0 to 120, was -3" + FIX),
                bad("{\"age\": 99999999999}", "\"age\" must be from 0 to 120, was 99999999999" + FIX),
                bad("{\"daysSinceOnset\": -1.5}", "\"daysSinceOnset\" must be from 0 to 36500, was -1.5" + FIX),
                bad("{\"age\": \"forty\"}", "\"age\" must be a whole number, not text" + FIX),
                bad("{\"painLevel\": 4.5}", "\"painLevel\" must be a whole number, not a decimal number" + FIX),
                bad("{\"daysSinceOnset\": \"two\"}", "\"daysSinceOnset\" must be a number of days, not text" + FIX),
                bad("{\"worsening\": \"yes\"}", "\"worsening\" must be true or false, not text" + FIX),
                bad(
                        "{\"onset\": 3}",
                        "\"onset\" must be one of gradual, sudden-movement, injury, overload, unknown, not a whole number"
                                + FIX),
                bad(
                        "{\"onset\": \"slowly\"}",
                        "\"onset\" must be one of gradual, sudden-movement, injury, overload, unknown" + FIX),
                bad(
                        "{\"signs\": \"fever\"}",
                        "\"signs\" must be a list of sign ids such as [\"headache\"], not text" + FIX),
                bad("{\"signs\": [1]}", "\"signs\" must hold sign ids in quotes, not a whole number" + FIX),
                bad(
                        "{\"signs\": [\"fever\", \"fevr\"]}",
                        "\"signs\" holds a sign that Nape does not know; the signs are " + Sign.allKeys() + "."),
                bad(
                        "{\"conditions\": [\"diabetes\"]}",
                        "\"conditions\" holds a condition that Nape does not know; the conditions are "
                                + Condition.allKeys() + "."),
                bad(
                        "{\"age\": 42, \"mood\": \"low\"}",
                        "The answers have a field that is not one of age, painLevel, daysSinceOnset, worsening,"
                                + " onset, signs, conditions; leave it out."),
                bad(
                        "{\"age\": 42,",
                        "The answers are not valid JSON (line 1, column 12); give one JSON object such as " + EXAMPLE
                                + "."),
                bad(
                        "{\"age\": 42, \"age\": 43}",
                        "The answers are not valid JSON (line 1, column 18); give one JSON object such as " + EXAMPLE
                                + "."),
                bad(
                        "{\"age\": 42} {}",
                        "The answers are not valid JSON (line 1, column 13); give one JSON object such as " + EXAMPLE
                                + "."),
                bad("[\"fever\"]", "The answers must be one JSON object such as " + EXAMPLE + ", not a list."),
                bad("  \n", "The answers are empty; give one JSON object such as " + EXAMPLE + "."));
    }

    private static Arguments bad(String answers, String message) {
        return Arguments.of(answers, message);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badAnswers")
    void rejectsBadAnswersWithOneLineAndExitCodeOne(String answers, String message) throws IOException {
        CliRun run = checkAnswers(answers, "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + NL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"signs\": [\"my-private-symptom: blood in stool\"]}",
                "{\"conditions\": [\"my-private-symptom: blood in stool\"]}",
                "{\"onset\": \"my-private-symptom: blood in stool\"}",
                "{\"my-private-symptom: blood in stool\": true}"
            })
    void neverQuotesWhatThePersonTyped(String answers) throws IOException {
        CliRun run = checkAnswers(answers, "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("private", "blood").endsWith("." + NL);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void rejectsAMissingAnswersFileWithOneLineAndExitCodeOne() {
        Path missing = home.resolve("missing.json");

        CliRun run = CliRun.run(home, "check", "--answers", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("No answers file at " + missing
                        + "; give the path of a JSON file, or - to read the answers from standard input." + NL);
    }

    @Test
    void rejectsAFolderGivenAsTheAnswersFile() {
        CliRun run = CliRun.run(home, "check", "--answers", home.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot read the answers file " + home
                        + "; check that it is a UTF-8 text file you may read, not a folder." + NL);
    }
}
