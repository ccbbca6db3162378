package io.nape.app.usecase.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Validate a FHIR R4 Bundle with HAPI FHIR's instance validator, offline: the core profiles come from
 * the R4 validation resources jar, no terminology server is asked (codes of LOINC and of Nape's own
 * code system cannot be looked up, which gives at most warnings), and the Questionnaire the Bundle
 * carries is known to the validator, so each QuestionnaireResponse is checked against it.
 */
public final class FhirBundleValidator {
    private static final FhirContext R4 = FhirContext.forR4();

    private FhirBundleValidator() {}

    /** What the validator said of a Bundle. */
    public record Verdict(List<SingleValidationMessage> errors, List<SingleValidationMessage> warnings) {
        /** How many warnings of each kind, their message with digits and quoted values left out. */
        public java.util.Map<String, Long> warningKinds() {
            return warnings.stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            message -> message.getMessage()
                                    .replaceAll("'[^']*'", "'…'")
                                    .replaceAll("[0-9]+", "#"),
                            java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
        }

        public String describeErrors() {
            return String.join(
                    "\n",
                    errors.stream()
                            .limit(20)
                            .map(message -> message.getLocationString() + ": " + message.getMessage())
                            .toList());
        }
    }

    public static Verdict validate(String bundleJson) {
        PrePopulatedValidationSupport shipped = new PrePopulatedValidationSupport(R4);
        Bundle bundle = R4.newJsonParser()
                .setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false))
                .parseResource(Bundle.class, bundleJson);
        bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(resource -> resource != null
                        && (resource.getResourceType() == ResourceType.Questionnaire
                                || resource.getResourceType() == ResourceType.CodeSystem))
                .forEach(shipped::addResource);
        java.util.Map<String, IBaseResource> byUrl = new java.util.HashMap<>();
        bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(resource -> resource instanceof Questionnaire)
                .map(Questionnaire.class::cast)
                .forEach(questionnaire -> byUrl.put(questionnaire.getUrl(), questionnaire));
        IValidationSupport questionnaires = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return R4;
            }

            @Override
            public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
                IBaseResource found = byUrl.get(url.replaceFirst("\\|.*$", ""));
                return found != null && (type == null || type.isInstance(found))
                        ? type == null ? null : type.cast(found)
                        : null;
            }
        };
        ValidationSupportChain chain = new ValidationSupportChain(
                questionnaires,
                new DefaultProfileValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4),
                new InMemoryTerminologyServerValidationSupport(R4),
                new SnapshotGeneratingValidationSupport(R4),
                shipped);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        FhirValidator validator = R4.newValidator().registerValidatorModule(module);
        ValidationResult result = validator.validateWithResult(bundleJson);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        List<SingleValidationMessage> warnings = result.getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.WARNING)
                .toList();
        return new Verdict(errors, warnings);
    }
}
