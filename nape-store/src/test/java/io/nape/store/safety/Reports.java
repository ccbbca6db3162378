package io.nape.store.safety;

import io.nape.core.safety.Onset;
import io.nape.core.safety.SymptomReport;

/** Builders of symptom reports with valid defaults: ordinary desk stiffness. */
final class Reports {
    private Reports() {}

    /** A 35-year-old with pain 3 of 10 that began gradually yesterday and is not getting worse. */
    static SymptomReport.Builder aSymptomReport() {
        return SymptomReport.builder()
                .age(35)
                .painLevel(3)
                .daysSinceOnset(1.0)
                .worsening(false)
                .onset(Onset.GRADUAL);
    }
}
