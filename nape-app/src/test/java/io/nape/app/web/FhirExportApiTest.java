package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.usecase.fhir.FhirBundleValidator;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The web app serves the same FHIR Bundle as {@code nape export --fhir}, as a download for the doctor. */
class FhirExportApiTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void servesTheRecordAsAFhirBundleThatValidates() {
        local.wiring()
                .painEntries()
                .save(new PainEntry(
                        null,
                        Instant.parse("2026-11-03T07:15:00Z"),
                        6,
                        Set.of(PainArea.NECK),
                        Set.of(PainCharacter.ACHING),
                        4,
                        "after the long drive"));
        local.wiring()
                .psfs()
                .save(new PsfsAnswer(
                        Instant.parse("2026-11-03T07:20:00Z"),
                        List.of(new PsfsRating("Looking over my shoulder when driving", 4))));

        ApiClient.Exchange served = local.api().get("/api/export/fhir");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(served.header("Content-Disposition")).isEqualTo("attachment; filename=\"nape-fhir.json\"");
        JsonNode bundle = served.json();
        assertThat(bundle.path("type").asString()).isEqualTo("collection");
        assertThat(served.body())
                .contains("\"72514-3\"", "after the long drive", "Looking over my shoulder when driving");
        FhirBundleValidator.Verdict verdict = FhirBundleValidator.validate(served.body());
        assertThat(verdict.errors()).as(verdict.describeErrors()).isEmpty();
    }

    @Test
    void servesTheBundleInThePagesLanguage() {
        ApiClient.Exchange served = local.api().send("GET", "/api/export/fhir", null, "Accept-Language", "ru");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains("Шкала функций, выбранных пациентом (PSFS)");
    }
}
