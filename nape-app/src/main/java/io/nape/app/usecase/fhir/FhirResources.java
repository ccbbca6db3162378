package io.nape.app.usecase.fhir;

import io.nape.app.text.Texts;
import io.nape.app.usecase.check.RuleSentences;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Build each FHIR resource of the export as a JSON tree. Codes: LOINC 72514-3 for the pain rating;
 * Nape's own code system ({@value #CODES}) for the parts of a pain entry that LOINC has no code for.
 */
final class FhirResources {
    /** The canonical URL of the PSFS Questionnaire Nape ships. */
    static final String QUESTIONNAIRE = "https://nape.invalid/fhir/Questionnaire/psfs";

    static final String QUESTIONNAIRE_VERSION = "1";

    /** Nape's own code system, for what a standard one has no code for. */
    static final String CODES = "https://nape.invalid/fhir/CodeSystem/nape";

    static final String LOINC = "http://loinc.org";
    static final String PAIN_CODE = "72514-3";
    static final String PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final PersonId person;
    private final ZoneId zone;
    private final Texts texts;
    private final Catalogue catalogue;
    private final String patientId;

    FhirResources(PersonId person, ZoneId zone, Texts texts, Catalogue catalogue) {
        this.person = person;
        this.zone = zone;
        this.texts = texts;
        this.catalogue = catalogue;
        this.patientId = FhirIds.uuid("patient", person.value());
    }

    /** A FHIR dateTime with the zone's offset, to the second: {@code 2026-11-03T08:15:00+01:00}. */
    String dateTime(Instant at) {
        return DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    ObjectNode patient() {
        ObjectNode patient = resource("Patient", patientId);
        ObjectNode identifier = patient.putArray("identifier").addObject();
        identifier.put("system", "https://nape.invalid/fhir/person");
        identifier.put("value", person.value());
        patient.put("active", true);
        narrative(patient, texts.get("fhir.patient.narrative"));
        return patient;
    }

    ObjectNode questionnaire() {
        ObjectNode questionnaire = resource("Questionnaire", FhirIds.uuid("questionnaire", QUESTIONNAIRE));
        questionnaire.put("url", QUESTIONNAIRE);
        questionnaire.put("version", QUESTIONNAIRE_VERSION);
        questionnaire.put("name", "NapePsfs");
        questionnaire.put("title", texts.get("fhir.psfs.title"));
        questionnaire.put("status", "active");
        questionnaire.putArray("subjectType").add("Patient");
        questionnaire.put("description", texts.get("fhir.psfs.description"));
        ArrayNode items = questionnaire.putArray("item");
        for (int number = 1; number <= PsfsAnswer.MAX_ACTIVITIES; number++) {
            ObjectNode group = items.addObject();
            group.put("linkId", "activity-" + number);
            group.put("text", texts.get("fhir.psfs.activity", "number", number));
            group.put("type", "group");
            group.put("required", number == 1);
            ArrayNode parts = group.putArray("item");
            ObjectNode name = parts.addObject();
            name.put("linkId", "activity-" + number + "-name");
            name.put("text", texts.get("fhir.psfs.activityName"));
            name.put("type", "string");
            name.put("required", true);
            name.put("maxLength", PsfsRating.MAX_ACTIVITY_LENGTH);
            ObjectNode rating = parts.addObject();
            rating.put("linkId", "activity-" + number + "-rating");
            rating.put("text", texts.get("fhir.psfs.rating"));
            rating.put("type", "integer");
            rating.put("required", true);
            ArrayNode limits = rating.putArray("extension");
            limits.addObject()
                    .put("url", "http://hl7.org/fhir/StructureDefinition/minValue")
                    .put("valueInteger", 0);
            limits.addObject()
                    .put("url", "http://hl7.org/fhir/StructureDefinition/maxValue")
                    .put("valueInteger", PsfsRating.MAX_SCORE);
        }
        ObjectNode score = items.addObject();
        score.put("linkId", "score");
        score.put("text", texts.get("fhir.psfs.score"));
        score.put("type", "decimal");
        score.put("readOnly", true);
        narrative(questionnaire, texts.get("fhir.psfs.description"));
        return questionnaire;
    }

    ObjectNode pain(PainEntry entry) {
        String key = entry.id() == null ? entry.at().toString() : entry.id().toString();
        ObjectNode observation = resource("Observation", FhirIds.uuid("pain", person.value(), key));
        observation.put("status", "final");
        category(observation, "survey", "Survey");
        ObjectNode code = observation.putObject("code");
        coding(code, LOINC, PAIN_CODE, PAIN_DISPLAY);
        code.put("text", texts.get("fhir.pain.code"));
        subject(observation);
        observation.put("effectiveDateTime", dateTime(entry.at()));
        observation.putArray("performer").addObject().put("reference", "urn:uuid:" + patientId);
        observation.put("valueInteger", entry.pain());
        ArrayNode components = observation.putArray("component");
        for (PainArea area : entry.where()) {
            ObjectNode component = components.addObject();
            ObjectNode part = component.putObject("code");
            coding(part, CODES, "pain-area", texts.get("fhir.pain.area"));
            ObjectNode value = component.putObject("valueCodeableConcept");
            coding(value, CODES, "area-" + area.key(), texts.get("pain.area." + area.name()));
        }
        for (PainCharacter character : entry.character()) {
            ObjectNode component = components.addObject();
            coding(component.putObject("code"), CODES, "pain-character", texts.get("fhir.pain.character"));
            coding(
                    component.putObject("valueCodeableConcept"),
                    CODES,
                    "character-" + character.key(),
                    texts.get("pain.character." + character.name()));
        }
        Integer stiffness = entry.stiffness();
        if (stiffness != null) {
            ObjectNode component = components.addObject();
            coding(component.putObject("code"), CODES, "stiffness", texts.get("fhir.pain.stiffness"));
            component.put("valueInteger", stiffness);
        }
        if (components.isEmpty()) {
            observation.remove("component");
        }
        if (!entry.note().isBlank()) {
            observation.putArray("note").addObject().put("text", entry.note());
        }
        narrative(observation, texts.get("fhir.pain.narrative", "at", dateTime(entry.at()), "pain", entry.pain()));
        return observation;
    }

    ObjectNode psfs(PsfsAnswer answer) {
        ObjectNode response = resource(
                "QuestionnaireResponse",
                FhirIds.uuid("psfs", person.value(), answer.at().toString()));
        response.put("questionnaire", QUESTIONNAIRE);
        response.put("status", "completed");
        subject(response);
        response.put("authored", dateTime(answer.at()));
        ArrayNode items = response.putArray("item");
        for (int index = 0; index < answer.ratings().size(); index++) {
            PsfsRating rating = answer.ratings().get(index);
            int number = index + 1;
            ObjectNode group = items.addObject();
            group.put("linkId", "activity-" + number);
            group.put("text", texts.get("fhir.psfs.activity", "number", number));
            ArrayNode parts = group.putArray("item");
            ObjectNode name = parts.addObject();
            name.put("linkId", "activity-" + number + "-name");
            name.put("text", texts.get("fhir.psfs.activityName"));
            name.putArray("answer").addObject().put("valueString", rating.activity());
            ObjectNode score = parts.addObject();
            score.put("linkId", "activity-" + number + "-rating");
            score.put("text", texts.get("fhir.psfs.rating"));
            score.putArray("answer").addObject().put("valueInteger", rating.score());
        }
        ObjectNode score = items.addObject();
        score.put("linkId", "score");
        score.put("text", texts.get("fhir.psfs.score"));
        score.putArray("answer")
                .addObject()
                .put("valueDecimal", BigDecimal.valueOf(answer.score()).setScale(2, RoundingMode.HALF_UP));
        narrative(
                response,
                texts.get(
                        "fhir.psfs.narrative",
                        "at",
                        dateTime(answer.at()),
                        "score",
                        BigDecimal.valueOf(answer.score())
                                .setScale(1, RoundingMode.HALF_UP)
                                .toPlainString()));
        return response;
    }

    ObjectNode session(SessionLog log) {
        String key = log.id() == null ? log.startedAt().toString() : log.id().toString();
        ObjectNode procedure = resource("Procedure", FhirIds.uuid("session", person.value(), key));
        boolean stopped = log.outcome() == SessionOutcome.STOPPED_FOR_PAIN || log.outcome() == SessionOutcome.QUIT;
        procedure.put("status", stopped ? "stopped" : "completed");
        if (stopped) {
            ObjectNode reason = procedure.putObject("statusReason");
            coding(
                    reason,
                    CODES,
                    "outcome-" + log.outcome().key(),
                    texts.get("fhir.session.outcome." + log.outcome().name()));
            reason.put("text", texts.get("fhir.session.outcome." + log.outcome().name()));
        }
        ObjectNode code = procedure.putObject("code");
        String routine = catalogue
                .findRoutine(log.routine().value())
                .map(Routine::name)
                .orElse(log.routine().value());
        code.put(
                "text",
                texts.get(
                        "fhir.session.code",
                        "routine",
                        routine,
                        "level",
                        texts.get("dosage.level." + log.level().key())));
        subject(procedure);
        ObjectNode period = procedure.putObject("performedPeriod");
        period.put("start", dateTime(log.startedAt()));
        period.put("end", dateTime(log.endedAt()));
        procedure
                .putObject("outcome")
                .put(
                        "text",
                        texts.get(
                                "fhir.session.completed",
                                "outcome",
                                texts.get(
                                        "fhir.session.outcome." + log.outcome().name()),
                                "completed",
                                log.completedCount(),
                                "total",
                                log.exercises().size()));
        narrative(
                procedure,
                procedure.path("code").path("text").asString() + ", " + dateTime(log.startedAt()) + ": "
                        + procedure.path("outcome").path("text").asString());
        return procedure;
    }

    ObjectNode check(Screening check) {
        String key = check.id() == null ? check.at().toString() : check.id().toString();
        ObjectNode assessment = resource("RiskAssessment", FhirIds.uuid("check", person.value(), key));
        assessment.put("status", "final");
        ObjectNode code = assessment.putObject("code");
        coding(code, CODES, "neck-check", texts.get("fhir.check.code"));
        code.put("text", texts.get("fhir.check.code"));
        subject(assessment);
        assessment.put("occurrenceDateTime", dateTime(check.at()));
        ObjectNode prediction = assessment.putArray("prediction").addObject();
        ObjectNode outcome = prediction.putObject("outcome");
        coding(
                outcome,
                CODES,
                levelCode(check.result().level()),
                texts.get("safety.level." + check.result().level().name()));
        outcome.put("text", texts.get("safety.level." + check.result().level().name()));
        assessment.put(
                "mitigation",
                texts.get("safety.level." + check.result().level().name()) + " "
                        + texts.get(
                                "safety.exercise." + check.result().exercise().name()));
        if (!check.result().reasons().isEmpty()) {
            ArrayNode notes = assessment.putArray("note");
            for (Reason reason : check.result().reasons()) {
                notes.addObject().put("text", RuleSentences.says(reason, texts.language()));
            }
        }
        narrative(
                assessment,
                dateTime(check.at()) + ": " + assessment.path("mitigation").asString());
        return assessment;
    }

    /**
     * Nape's code system: every code the export uses that no standard system has, with the display
     * it is written with, so a validator can check them.
     */
    ObjectNode codeSystem() {
        ObjectNode system = resource("CodeSystem", FhirIds.uuid("code-system", CODES));
        system.put("url", CODES);
        system.put("version", QUESTIONNAIRE_VERSION);
        system.put("name", "NapeCodes");
        system.put("title", texts.get("fhir.codes.title"));
        system.put("status", "active");
        system.put("content", "complete");
        ArrayNode concepts = system.putArray("concept");
        concept(concepts, "pain-area", texts.get("fhir.pain.area"));
        for (PainArea area : PainArea.values()) {
            concept(concepts, "area-" + area.key(), texts.get("pain.area." + area.name()));
        }
        concept(concepts, "pain-character", texts.get("fhir.pain.character"));
        for (PainCharacter character : PainCharacter.values()) {
            concept(concepts, "character-" + character.key(), texts.get("pain.character." + character.name()));
        }
        concept(concepts, "stiffness", texts.get("fhir.pain.stiffness"));
        for (SessionOutcome outcome : SessionOutcome.values()) {
            concept(concepts, "outcome-" + outcome.key(), texts.get("fhir.session.outcome." + outcome.name()));
        }
        concept(concepts, "neck-check", texts.get("fhir.check.code"));
        for (TriageLevel level : TriageLevel.values()) {
            concept(concepts, levelCode(level), texts.get("safety.level." + level.name()));
        }
        system.put("count", concepts.size());
        narrative(system, texts.get("fhir.codes.title"));
        return system;
    }

    private static String levelCode(TriageLevel level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void concept(ArrayNode concepts, String code, String display) {
        concepts.addObject().put("code", code).put("display", display);
    }

    /** A short human-readable text of the resource, as FHIR asks every resource to carry. */
    private static void narrative(ObjectNode resource, String text) {
        ObjectNode narrative = FhirExport.MAPPER.createObjectNode();
        narrative.put("status", "generated");
        narrative.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(text) + "</p></div>");
        resource.set("text", narrative);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static ObjectNode resource(String type, String id) {
        ObjectNode resource = FhirExport.MAPPER.createObjectNode();
        resource.put("resourceType", type);
        resource.put("id", id);
        return resource;
    }

    private void subject(ObjectNode resource) {
        resource.putObject("subject").put("reference", "urn:uuid:" + patientId);
    }

    private static void category(ObjectNode resource, String code, String display) {
        coding(
                resource.putArray("category").addObject(),
                "http://terminology.hl7.org/CodeSystem/observation-category",
                code,
                display);
    }

    private static void coding(ObjectNode concept, String system, String code, @Nullable String display) {
        ArrayNode codings = concept.has("coding") ? (ArrayNode) concept.get("coding") : concept.putArray("coding");
        ObjectNode coding = codings.addObject().put("system", system).put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
    }
}
