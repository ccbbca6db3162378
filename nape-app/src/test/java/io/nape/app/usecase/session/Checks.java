package io.nape.app.usecase.session;

import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.store.safety.TriageRulesLoader;
import java.time.Instant;

/** Checks as the bundled triage rules answer them, one for each kind of advice, taken at a given time. */
public enum Checks {
    /** Fever with a stiff neck: meningitis signs, call emergency services, no exercise. */
    URGENT(SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build(), TriageLevel.URGENT, ExerciseAdvice.NONE),
    /** Pain for three days: see a doctor, gentle exercise only. */
    GENTLE(SymptomReport.builder().daysSinceOnset(3.0).build(), TriageLevel.SEE_DOCTOR, ExerciseAdvice.GENTLE),
    /** A diagnosed disc herniation: only what a doctor prescribed. */
    PRESCRIBED_ONLY(
            SymptomReport.builder().conditions(Condition.DISC_HERNIATION).build(),
            TriageLevel.SEE_DOCTOR,
            ExerciseAdvice.PRESCRIBED_ONLY),
    /** Ordinary desk stiffness: self-care, everything allowed. */
    ALLOWED(SymptomReport.builder().signs(Sign.STIFF_NECK).build(), TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED);

    private final SymptomReport report;
    private final TriageLevel level;
    private final ExerciseAdvice advice;

    Checks(SymptomReport report, TriageLevel level, ExerciseAdvice advice) {
        this.report = report;
        this.level = level;
        this.advice = advice;
    }

    /** The check taken at {@code at}, with the advice the bundled rules give for it. */
    public Screening at(Instant at) {
        Screening screening =
                new Screening(null, at, report, TriageRulesLoader.bundled().assess(report));
        if (screening.result().level() != level || screening.result().exercise() != advice) {
            throw new IllegalStateException(name() + " no longer gives " + level + " and " + advice + " but "
                    + screening.result().level() + " and " + screening.result().exercise());
        }
        return screening;
    }
}
