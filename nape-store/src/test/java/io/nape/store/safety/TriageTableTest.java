package io.nape.store.safety;

import static io.nape.core.safety.ExerciseAdvice.ALLOWED;
import static io.nape.core.safety.ExerciseAdvice.GENTLE;
import static io.nape.core.safety.ExerciseAdvice.NONE;
import static io.nape.core.safety.ExerciseAdvice.PRESCRIBED_ONLY;
import static io.nape.core.safety.TriageLevel.SEE_DOCTOR;
import static io.nape.core.safety.TriageLevel.SELF_CARE;
import static io.nape.core.safety.TriageLevel.URGENT;
import static io.nape.store.safety.Reports.aSymptomReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic reports and the advice the bundled rules must give them. */
class TriageTableTest {
    private static final Triage TRIAGE = TriageRulesLoader.bundled();

    static Stream<Arguments> realisticCases() {
        return Stream.of(
                // Ordinary desk stiffness: self-care, every routine allowed.
                advice("stiff after a long day at the screen", aSymptomReport(), SELF_CARE, ALLOWED),
                advice(
                        "pain 5 for two days with a stiff neck",
                        aSymptomReport().painLevel(5).daysSinceOnset(2.0).signs(Sign.STIFF_NECK),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "tension headache since this morning",
                        aSymptomReport().painLevel(2).daysSinceOnset(0.5).signs(Sign.HEADACHE),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "stiff neck and headache for two days",
                        aSymptomReport().painLevel(4).daysSinceOnset(2.0).signs(Sign.STIFF_NECK, Sign.HEADACHE),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "no pain, exercising to prevent it",
                        aSymptomReport().painLevel(0).daysSinceOnset(0.0),
                        SELF_CARE,
                        ALLOWED),
                advice("54 years old with ordinary stiffness", aSymptomReport().age(54), SELF_CARE, ALLOWED),
                advice("just turned 18", aSymptomReport().age(18).painLevel(4), SELF_CARE, ALLOWED),
                advice(
                        "a crick after turning the head quickly, no spasm",
                        aSymptomReport().onset(Onset.SUDDEN_MOVEMENT),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "a mild spasm that came on slowly",
                        aSymptomReport().painLevel(5).signs(Sign.SPASM),
                        SELF_CARE,
                        ALLOWED),
                advice("nothing answered", SymptomReport.builder(), SELF_CARE, ALLOWED),
                advice(
                        "worse this evening than this morning",
                        aSymptomReport().painLevel(4).daysSinceOnset(0.5).worsening(true),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "70 years old with long-known stiffness",
                        aSymptomReport().age(70),
                        SELF_CARE,
                        ALLOWED),
                advice("a skin rash without fever", aSymptomReport().signs(Sign.RASH), SELF_CARE, ALLOWED),
                advice(
                        "pain 6 with a stiff neck on day one",
                        aSymptomReport().painLevel(6).signs(Sign.STIFF_NECK),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "stiff after the screen, turns fully, bending does not hurt",
                        aSymptomReport().painLevel(3).daysSinceOnset(2.0).signs(Sign.STIFF_NECK),
                        SELF_CARE,
                        ALLOWED),
                advice(
                        "stiff with a headache since lunch, looks over the shoulder fine",
                        aSymptomReport().painLevel(3).daysSinceOnset(0.3).signs(Sign.STIFF_NECK, Sign.HEADACHE),
                        SELF_CARE,
                        ALLOWED),
                // Rest after a strain: self-care, no exercise now.
                advice(
                        "lifted a heavy box this morning",
                        aSymptomReport().onset(Onset.OVERLOAD).painLevel(5).daysSinceOnset(0.5),
                        SELF_CARE,
                        NONE),
                advice(
                        "spasm after a sudden turn",
                        aSymptomReport()
                                .onset(Onset.SUDDEN_MOVEMENT)
                                .signs(Sign.SPASM)
                                .painLevel(6),
                        SELF_CARE,
                        NONE),
                // See a doctor soon.
                advice("pain for five days", aSymptomReport().daysSinceOnset(5.0), SEE_DOCTOR, GENTLE),
                advice("aching for three months", aSymptomReport().daysSinceOnset(90.0), SEE_DOCTOR, GENTLE),
                advice(
                        "headache getting worse on day two",
                        aSymptomReport().signs(Sign.HEADACHE).worsening(true).daysSinceOnset(1.5),
                        SEE_DOCTOR,
                        GENTLE),
                advice("nausea with neck pain", aSymptomReport().signs(Sign.NAUSEA), SEE_DOCTOR, GENTLE),
                advice(
                        "flu-like fever and headache",
                        aSymptomReport().signs(Sign.FEVER, Sign.HEADACHE),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "pain and pins and needles down the arm",
                        aSymptomReport().signs(Sign.PAIN_INTO_ARM, Sign.ARM_NUMBNESS),
                        SEE_DOCTOR,
                        GENTLE),
                advice("a 15-year-old student", aSymptomReport().age(15), SEE_DOCTOR, PRESCRIBED_ONLY),
                advice(
                        "a 10-year-old with a jammed neck",
                        aSymptomReport().age(10).signs(Sign.SPASM),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice(
                        "diagnosed osteochondrosis",
                        aSymptomReport().conditions(Condition.OSTEOCHONDROSIS),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice(
                        "disc herniation with arm pain",
                        aSymptomReport().conditions(Condition.DISC_HERNIATION).signs(Sign.PAIN_INTO_ARM),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice(
                        "osteoporosis",
                        aSymptomReport().age(68).conditions(Condition.OSTEOPOROSIS),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice(
                        "inflammatory arthritis",
                        aSymptomReport().conditions(Condition.INFLAMMATORY_ARTHRITIS),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice("past cancer", aSymptomReport().conditions(Condition.CANCER_HISTORY), SEE_DOCTOR, GENTLE),
                advice(
                        "weight loss and night sweats",
                        aSymptomReport().signs(Sign.WEIGHT_LOSS, Sign.NIGHT_SWEATS),
                        SEE_DOCTOR,
                        GENTLE),
                advice("a new lump in the neck", aSymptomReport().signs(Sign.NECK_LUMP), SEE_DOCTOR, GENTLE),
                advice("constant pain at night", aSymptomReport().signs(Sign.NIGHT_PAIN), SEE_DOCTOR, GENTLE),
                advice(
                        "first neck pain ever at 62",
                        aSymptomReport().age(62).conditions(Condition.FIRST_NECK_PAIN_AFTER_55),
                        SEE_DOCTOR,
                        GENTLE),
                advice("dizzy spells with gradual pain", aSymptomReport().signs(Sign.DIZZINESS), SEE_DOCTOR, GENTLE),
                advice(
                        "twitching eyelid and neck",
                        aSymptomReport().signs(Sign.INVOLUNTARY_TWITCHING),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "slipped on the stairs, can turn the head",
                        aSymptomReport().onset(Onset.INJURY).age(30),
                        SEE_DOCTOR,
                        NONE),
                advice("pain 8 without spasm", aSymptomReport().painLevel(8), SEE_DOCTOR, GENTLE),
                advice(
                        "cannot look over the shoulder when reversing the car",
                        aSymptomReport().painLevel(4).signs(Sign.STIFF_NECK, Sign.HARD_TO_TURN_HEAD),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "looking down at the phone hurts",
                        aSymptomReport().painLevel(3).daysSinceOnset(0.5).signs(Sign.PAIN_ON_BENDING),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "woke up with the head stuck, no fall",
                        aSymptomReport().painLevel(5).daysSinceOnset(0.2).signs(Sign.CANNOT_TURN_HEAD),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "headaches most days and a sore neck",
                        aSymptomReport().painLevel(4).signs(Sign.CONSTANT_HEADACHES, Sign.STIFF_NECK),
                        SEE_DOCTOR,
                        GENTLE),
                advice(
                        "a jerk of the head, a spasm, and now it will not turn",
                        aSymptomReport()
                                .onset(Onset.SUDDEN_MOVEMENT)
                                .painLevel(6)
                                .signs(Sign.SPASM, Sign.HARD_TO_TURN_HEAD),
                        SEE_DOCTOR,
                        NONE),
                advice(
                        "diagnosed osteochondrosis, bending hurts",
                        aSymptomReport().conditions(Condition.OSTEOCHONDROSIS).signs(Sign.PAIN_ON_BENDING),
                        SEE_DOCTOR,
                        PRESCRIBED_ONLY),
                advice(
                        "still sore four days after lifting",
                        aSymptomReport().onset(Onset.OVERLOAD).daysSinceOnset(4.0),
                        SEE_DOCTOR,
                        NONE),
                // Urgent: medical help today, emergencies call emergency services.
                advice("fever and a stiff neck", aSymptomReport().signs(Sign.FEVER, Sign.STIFF_NECK), URGENT, NONE),
                advice(
                        "fever, rash and light hurting the eyes",
                        aSymptomReport().signs(Sign.FEVER, Sign.RASH, Sign.LIGHT_SENSITIVITY),
                        URGENT,
                        NONE),
                advice(
                        "chills, vomiting and confusion",
                        aSymptomReport().signs(Sign.CHILLS, Sign.VOMITING, Sign.CONFUSION),
                        URGENT,
                        NONE),
                advice("thunderclap headache", aSymptomReport().signs(Sign.SEVERE_SUDDEN_HEADACHE), URGENT, NONE),
                advice(
                        "double vision and dizziness",
                        aSymptomReport().signs(Sign.DOUBLE_VISION, Sign.DIZZINESS),
                        URGENT,
                        NONE),
                advice("slurred speech", aSymptomReport().signs(Sign.SLURRED_SPEECH), URGENT, NONE),
                advice(
                        "drooping eyelid and a numb face",
                        aSymptomReport().signs(Sign.DROOPING_EYELID, Sign.FACIAL_NUMBNESS),
                        URGENT,
                        NONE),
                advice(
                        "clumsy hands and unsteady walking",
                        aSymptomReport().signs(Sign.HAND_CLUMSINESS, Sign.UNSTEADY_WALKING),
                        URGENT,
                        NONE),
                advice("change in bladder control", aSymptomReport().signs(Sign.BLADDER_BOWEL_CHANGE), URGENT, NONE),
                advice(
                        "electric shock on bending the neck",
                        aSymptomReport().signs(Sign.ELECTRIC_SHOCK_BENDING),
                        URGENT,
                        NONE),
                advice(
                        "car accident at 70",
                        aSymptomReport().onset(Onset.INJURY).age(70).painLevel(6),
                        URGENT,
                        NONE),
                advice(
                        "fell and cannot turn the head",
                        aSymptomReport().onset(Onset.INJURY).age(40).signs(Sign.CANNOT_TURN_HEAD),
                        URGENT,
                        NONE),
                advice(
                        "blow to the head, then a weak arm",
                        aSymptomReport().onset(Onset.INJURY).signs(Sign.ARM_WEAKNESS),
                        URGENT,
                        NONE),
                advice(
                        "fever while immunity is weakened",
                        aSymptomReport().signs(Sign.FEVER).conditions(Condition.WEAKENED_IMMUNITY),
                        URGENT,
                        NONE),
                advice(
                        "an aggressive spasm, pain 9",
                        aSymptomReport().signs(Sign.SPASM).painLevel(9),
                        URGENT,
                        NONE),
                advice(
                        "dizzy after a sudden turn",
                        aSymptomReport().onset(Onset.SUDDEN_MOVEMENT).signs(Sign.DIZZINESS),
                        URGENT,
                        NONE),
                advice("sudden falls", aSymptomReport().signs(Sign.DROP_ATTACKS), URGENT, NONE),
                advice("trouble swallowing", aSymptomReport().signs(Sign.SWALLOWING_DIFFICULTY), URGENT, NONE),
                advice("new confusion", aSymptomReport().signs(Sign.CONFUSION), URGENT, NONE));
    }

    private static Arguments advice(
            String name, SymptomReport.Builder report, TriageLevel level, ExerciseAdvice exercise) {
        return Arguments.of(name, report.build(), level, exercise);
    }

    @ParameterizedTest(name = "{0}: {2} + {3}")
    @MethodSource("realisticCases")
    void givesTheExpectedAdvice(String name, SymptomReport report, TriageLevel level, ExerciseAdvice exercise) {
        TriageResult result = TRIAGE.assess(report);

        assertThat(result.level()).as("level").isEqualTo(level);
        assertThat(result.exercise()).as("exercise").isEqualTo(exercise);
        assertThat(result.reasons().isEmpty())
                .as("no reasons only for self-care + allowed")
                .isEqualTo(level == SELF_CARE && exercise == ALLOWED);
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsOrdinaryDeskStiffnessAtSelfCareWithEveryRoutineAllowed(int seed) {
        Random random = new Random(seed);
        List<Sign> signs = new ArrayList<>();
        if (random.nextBoolean()) {
            signs.add(Sign.STIFF_NECK);
        }
        if (random.nextBoolean()) {
            signs.add(Sign.HEADACHE);
        }
        SymptomReport report = SymptomReport.builder()
                .age(18 + random.nextInt(37))
                .painLevel(random.nextInt(6))
                .daysSinceOnset(random.nextInt(5) / 2.0)
                .worsening(false)
                .onset(random.nextBoolean() ? Onset.GRADUAL : Onset.UNKNOWN)
                .signs(signs)
                .build();

        TriageResult result = TRIAGE.assess(report);

        assertThat(result.level()).as(report.toString()).isEqualTo(SELF_CARE);
        assertThat(result.exercise()).as(report.toString()).isEqualTo(ALLOWED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverGivesLessCautiousAdviceWhenASignIsAdded(int seed) {
        Random random = new Random(seed);
        Sign[] all = Sign.values();
        Onset[] onsets = Onset.values();
        SymptomReport.Builder builder = SymptomReport.builder()
                .age(random.nextInt(100))
                .painLevel(random.nextInt(11))
                .daysSinceOnset(random.nextInt(10) / 2.0)
                .worsening(random.nextBoolean())
                .onset(onsets[random.nextInt(onsets.length)]);
        for (int count = random.nextInt(3); count > 0; count--) {
            builder.signs(all[random.nextInt(all.length)]);
        }
        TriageResult before = TRIAGE.assess(builder.build());

        TriageResult after =
                TRIAGE.assess(builder.signs(all[random.nextInt(all.length)]).build());

        assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
        assertThat(after.exercise()).isGreaterThanOrEqualTo(before.exercise());
        assertThat(after.firedRules()).containsAll(before.firedRules());
    }
}
