package io.nape.app.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.cli.data.AYearOfData;
import io.nape.app.usecase.fhir.FhirBundleValidator;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nape export --fhir} writes a year of records as a FHIR R4 Bundle that HAPI FHIR's validator
 * accepts with no errors, and the validator does find errors in a Bundle with a bad resource planted.
 */
class FhirExportCommandTest {
    private static final String NL = System.lineSeparator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path year;

    private static Path bundleFile;
    private static CliRun exported;

    @TempDir
    Path home;

    @BeforeAll
    static void exportAYear() throws IOException {
        AYearOfData.write(year, 17);
        try (Database database = Database.openSqlite(year.resolve("nape.db"))) {
            JdbcPsfsRepository psfs = new JdbcPsfsRepository(database, PersonId.LOCAL);
            Instant first = Instant.parse("2025-04-02T07:45:00Z");
            for (int week = 0; week < 52; week++) {
                List<PsfsRating> ratings = new ArrayList<>();
                ratings.add(new PsfsRating("Looking over my shoulder when driving", Math.min(10, 2 + week / 6)));
                ratings.add(new PsfsRating("Reading in bed", Math.min(10, 4 + week / 8)));
                if (week >= 10) {
                    ratings.add(new PsfsRating("Lifting my child «высоко»", Math.min(10, week / 5)));
                }
                psfs.save(new PsfsAnswer(first.plus(7L * week, ChronoUnit.DAYS), ratings));
            }
        }
        bundleFile = year.resolve("for-my-doctor.json");
        exported = CliRun.run(year, "export", "--fhir", bundleFile.toString());
    }

    private static JsonNode bundle() throws IOException {
        return JSON.readTree(Files.readString(bundleFile, StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> resourceCounts(JsonNode bundle) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode entry : bundle.path("entry")) {
            counts.merge(entry.path("resource").path("resourceType").asString(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aYearOfRecordsValidatesWithNoErrors() throws IOException {
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        FhirBundleValidator.Verdict verdict =
                FhirBundleValidator.validate(Files.readString(bundleFile, StandardCharsets.UTF_8));

        System.out.println("FHIR export of a year: " + resourceCounts(bundle()) + ", "
                + verdict.errors().size() + " errors, " + verdict.warnings().size() + " warnings");
        System.out.println("Warnings by kind: " + verdict.warningKinds());
        assertThat(verdict.errors()).as(verdict.describeErrors()).isEmpty();
    }

    @Test
    void theBundleHoldsEveryRecordOnceAndSaysSo() throws IOException {
        JsonNode bundle = bundle();
        Map<String, Integer> counts = resourceCounts(bundle);

        assertThat(bundle.path("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.path("type").asString()).isEqualTo("collection");
        assertThat(counts)
                .containsEntry("Patient", 1)
                .containsEntry("Questionnaire", 1)
                .containsEntry("CodeSystem", 1)
                .containsEntry("QuestionnaireResponse", 52);
        assertThat(counts.get("RiskAssessment")).isEqualTo(12);
        int records = counts.get("Observation")
                + counts.get("QuestionnaireResponse")
                + counts.get("Procedure")
                + counts.get("RiskAssessment");
        assertThat(exported.out())
                .isEqualTo("Wrote " + records + " records for your doctor as a FHIR R4 Bundle to " + bundleFile + "."
                        + NL);
        assertThat(Files.getPosixFilePermissions(bundleFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void painIsLoincPainSeverityWithTheZoneOffsetAndNoName() throws IOException {
        JsonNode bundle = bundle();
        JsonNode pain = null;
        JsonNode patient = null;
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            if (pain == null && resource.path("resourceType").asString().equals("Observation")) {
                pain = resource;
            }
            if (resource.path("resourceType").asString().equals("Patient")) {
                patient = resource;
            }
        }
        assertThat(pain).isNotNull();
        assertThat(pain.path("code").path("coding").get(0).path("system").asString())
                .isEqualTo("http://loinc.org");
        assertThat(pain.path("code").path("coding").get(0).path("code").asString())
                .isEqualTo("72514-3");
        assertThat(pain.path("valueInteger").asInt()).isBetween(0, 10);
        // Berlin in April 2025 is two hours ahead of UTC.
        assertThat(pain.path("effectiveDateTime").asString()).matches("2025-04-01T\\d\\d:\\d\\d:\\d\\d\\+02:00");
        assertThat(patient).isNotNull();
        assertThat(patient.has("name")).isFalse();
        assertThat(pain.path("subject").path("reference").asString())
                .isEqualTo("urn:uuid:" + patient.path("id").asString());
    }

    @Test
    void aSessionStoppedBecauseItHurtIsAStoppedProcedureWithItsReason() throws IOException {
        JsonNode stopped = null;
        for (JsonNode entry : bundle().path("entry")) {
            JsonNode resource = entry.path("resource");
            if (resource.path("resourceType").asString().equals("Procedure")
                    && resource.path("statusReason").path("coding").get(0) != null
                    && resource.path("statusReason")
                            .path("coding")
                            .get(0)
                            .path("code")
                            .asString()
                            .equals("outcome-stopped-for-pain")) {
                stopped = resource;
                break;
            }
        }
        assertThat(stopped).isNotNull();
        assertThat(stopped.path("status").asString()).isEqualTo("stopped");
        assertThat(stopped.path("statusReason").path("text").asString()).isEqualTo("stopped because it hurt");
        assertThat(stopped.path("code").path("text").asString()).startsWith("Nape routine: ");
    }

    /** A few resources of each kind from the year's Bundle, quicker to validate than the whole year. */
    private static ObjectNode aFewOfEach() throws IOException {
        ObjectNode bundle = (ObjectNode) bundle();
        ArrayNode few = JSON.createArrayNode();
        Map<String, Integer> taken = new TreeMap<>();
        for (JsonNode entry : bundle.path("entry")) {
            String type = entry.path("resource").path("resourceType").asString();
            if (taken.merge(type, 1, Integer::sum) <= 10) {
                few.add(entry);
            }
        }
        bundle.set("entry", few);
        return bundle;
    }

    @Test
    void aFewOfEachValidateWithNoErrors() throws IOException {
        FhirBundleValidator.Verdict verdict = FhirBundleValidator.validate(JSON.writeValueAsString(aFewOfEach()));

        System.out.println("A few of each: warnings by kind: " + verdict.warningKinds());
        assertThat(verdict.errors()).as(verdict.describeErrors()).isEmpty();
    }

    @Test
    void aPlantedBadResourceGivesErrors() throws IOException {
        ObjectNode bundle = aFewOfEach();
        ArrayNode entries = (ArrayNode) bundle.path("entry");
        ObjectNode bad = entries.addObject();
        bad.put("fullUrl", "urn:uuid:00000000-0000-0000-0000-000000000001");
        ObjectNode observation = bad.putObject("resource");
        observation.put("resourceType", "Observation");
        observation.put("id", "00000000-0000-0000-0000-000000000001");
        observation.put("status", "final");
        observation.putObject("code").put("text", "pain");
        observation.put("valueInteger", "seven");
        observation.put("effectiveDateTime", "3 November");

        FhirBundleValidator.Verdict verdict = FhirBundleValidator.validate(JSON.writeValueAsString(bundle));

        assertThat(verdict.errors()).isNotEmpty();
        assertThat(verdict.describeErrors()).contains("Observation");
    }

    @Test
    void anAnswerOutsideTheQuestionnaireGivesErrors() throws IOException {
        ObjectNode bundle = aFewOfEach();
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            if (resource.path("resourceType").asString().equals("QuestionnaireResponse")) {
                ((ObjectNode) resource.path("item").get(0)).put("linkId", "not-a-question");
                break;
            }
        }

        FhirBundleValidator.Verdict verdict = FhirBundleValidator.validate(JSON.writeValueAsString(bundle));

        assertThat(verdict.errors()).isNotEmpty();
    }

    @Test
    void anEmptyFolderGivesABundleOfThePatientQuestionnaireAndCodesThatValidates() throws IOException {
        Path file = home.resolve("empty.json");

        CliRun run = CliRun.run(home, "export", "--fhir", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 0 records for your doctor as a FHIR R4 Bundle to " + file + "." + NL);
        assertThat(FhirBundleValidator.validate(Files.readString(file)).errors())
                .isEmpty();
    }

    @Test
    void aFolderInsteadOfAFileIsRefusedInOneSentence() {
        CliRun run = CliRun.run(home, "export", "--fhir", home.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").endsWith("." + NL);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("--fhir");
    }

    @Test
    void fhirWithAnotherExportIsRefusedInOneSentence() {
        CliRun run = CliRun.run(
                home,
                "export",
                "--fhir",
                home.resolve("a.json").toString(),
                "--json",
                home.resolve("b.json").toString());

        assertThat(run.exitCode()).as("the command itself was not understood").isEqualTo(2);
        assertThat(run.err()).startsWith("Give only one of --ics, --json, --csv and --fhir." + NL);
        assertThat(home.resolve("a.json")).doesNotExist();
    }

    @Test
    void russianTextsGoIntoTheBundle() throws IOException {
        Path file = home.resolve("ru.json");

        CliRun run = CliRun.run(home, "--lang", "ru", "export", "--fhir", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("Шкала функций, выбранных пациентом (PSFS)");
    }
}
