package io.nape.app.usecase.check;

import io.nape.core.person.PersonId;
import io.nape.core.safety.Screening;
import io.nape.core.safety.ScreeningRepository;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageResult;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Take a check for a person: assess the answers and store them as the advice in force.
 *
 * <p>A check that says nothing about the neck (no pain, no days, no sign, no condition: an empty
 * form or a skipped questionnaire) never replaces stricter advice already in force, since it could
 * otherwise lift an urgent block without a single answer. It is then not stored, and the outcome
 * names the check that stands. Any answer at all is a real check and replaces the advice, stricter
 * or not: people get better.
 */
public final class TakeCheck {
    private final Triage triage;
    private final ScreeningRepository screenings;
    private final Clock clock;

    public TakeCheck(Triage triage, ScreeningRepository screenings, Clock clock) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.screenings = Objects.requireNonNull(screenings, "screenings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CheckOutcome take(PersonId person, SymptomReport report) {
        TriageResult result = triage.assess(report);
        if (report.saysNothingAboutTheNeck()) {
            Optional<Screening> inForce =
                    screenings.findLatest().filter(latest -> latest.result().isStricterThan(result));
            if (inForce.isPresent()) {
                return new CheckOutcome(result, inForce);
            }
        }
        screenings.save(new Screening(null, clock.instant(), report, result));
        return new CheckOutcome(result, Optional.empty());
    }
}
