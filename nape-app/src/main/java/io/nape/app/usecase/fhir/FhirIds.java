package io.nape.app.usecase.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Give each resource a stable id: a name-based UUID of what it records, so exports agree. */
final class FhirIds {
    private FhirIds() {}

    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(("nape|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
