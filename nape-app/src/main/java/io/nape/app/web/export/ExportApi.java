package io.nape.app.web.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.fhir.FhirExport;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import java.io.ByteArrayOutputStream;

/**
 * Serve the person's record as a FHIR R4 Bundle at {@code /api/export/fhir}, the same Bundle as
 * {@code nape export --fhir} writes, as a download for their doctor.
 */
public final class ExportApi implements WebFeature {
    static final String FILE_NAME = "nape-fhir.json";

    private final PersonRecords records;

    public ExportApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/export/fhir", this::fhir);
    }

    private void fhir(Context ctx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FhirExport(records).write(records.person(), WebTexts.of(ctx), bytes);
        ctx.contentType(FhirExport.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                .header("Cache-Control", "no-store")
                .result(bytes.toByteArray());
    }
}
