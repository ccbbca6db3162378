package io.nape.app.usecase.fhir;

import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Screening;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Write everything a doctor may read of one person as a FHIR R4 {@code Bundle} of type
 * {@code collection}: the {@code Patient} (no name, only the local person's stable id), Nape's PSFS
 * {@code Questionnaire} and {@code CodeSystem}, then each pain entry, PSFS answer, session and check, oldest first.
 *
 * <p>The output is a function of the records, the time zone, the language and the moment of export
 * (the Bundle's timestamp): every resource's id is derived from what it records, so two exports of
 * the same records name the same resources.
 */
public final class FhirExport {
    /** The media type of a FHIR resource in JSON. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final PersonRecords records;

    public FhirExport(PersonRecords records) {
        this.records = records;
    }

    /** How many resources of each kind the Bundle holds, the Patient and the Questionnaire aside. */
    public record Written(int painEntries, int psfsAnswers, int sessions, int checks) {
        public int resources() {
            return painEntries + psfsAnswers + sessions + checks;
        }
    }

    /** Write the Bundle of {@code person}'s records to the stream, in the language of {@code texts}. */
    public Written write(PersonId person, Texts texts, OutputStream out) {
        ZoneId zone = records.settings().timeZone();
        Instant now = records.clock().instant();
        Catalogue catalogue = records.catalogue(texts.language());
        FhirResources resources = new FhirResources(person, zone, texts, catalogue);
        List<PainEntry> pains = records.painEntries().findAll();
        List<PsfsAnswer> answers = records.psfs().findAll();
        List<SessionLog> sessions = records.sessionLogs().findAll();
        List<Screening> checks = records.screenings().findAll();
        try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("resourceType", "Bundle");
            json.writeStringProperty("id", FhirIds.uuid("bundle", person.value(), now.toString()));
            json.writeStringProperty("type", "collection");
            json.writeStringProperty("timestamp", resources.dateTime(now));
            json.writeArrayPropertyStart("entry");
            entry(json, resources.patient());
            entry(json, resources.questionnaire());
            entry(json, resources.codeSystem());
            for (PainEntry pain : pains) {
                entry(json, resources.pain(pain));
            }
            for (PsfsAnswer answer : answers) {
                entry(json, resources.psfs(answer));
            }
            for (SessionLog session : sessions) {
                entry(json, resources.session(session));
            }
            for (Screening check : checks) {
                entry(json, resources.check(check));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return new Written(pains.size(), answers.size(), sessions.size(), checks.size());
    }

    private static void entry(JsonGenerator json, ObjectNode resource) {
        json.writeStartObject();
        json.writeStringProperty("fullUrl", "urn:uuid:" + resource.get("id").asString());
        json.writeName("resource");
        json.writeTree(resource);
        json.writeEndObject();
    }
}
