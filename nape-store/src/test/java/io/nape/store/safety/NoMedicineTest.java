package io.nape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nape never names or recommends a medicine, dose or procedure: scan every content file, message
 * and document for the names the source article uses, and for common pain, anti-inflammatory and
 * muscle-relaxing medicines. The names live here only.
 */
class NoMedicineTest {
    private static final List<String> FROM_THE_ARTICLE = List.of(
            "cinnarizine",
            "trental",
            "pentoxifylline",
            "diclofenac",
            "ibuprofen",
            "nsaids?",
            "non-?steroidal",
            "anti-inflammator(?:y|ies)",
            "maxicold",
            "paracytomol",
            "traumel",
            "alorom",
            "lidoca[iï]ne",
            "lidocoine",
            "novoca[iï]ne?",
            "analgin",
            "milgamma",
            "mydocalm",
            "sirdalud",
            "tizalud",
            "baclofen",
            "dolgit",
            "capsicam",
            "fastum",
            "finalgon",
            "ketanol",
            "tsel t",
            "menthol",
            "pharmacopuncture",
            "acupuncture",
            "electrophoresis",
            "cryotherapy",
            "cupping",
            "vacuum cups?",
            "manual therapy",
            "chiropract(?:or|ors|ic)",
            "reflexology",
            "homeopathic",
            "injections?",
            "blockades?",
            "suppositor(?:y|ies)",
            "ointments?",
            "painkillers?",
            "pain[- ]killers?",
            "analgesics?",
            "muscle[- ]relaxants?",
            "vascular drugs?",
            "vitamins?",
            "antidepressants?",
            "somatropin");
    private static final List<String> COMMON = List.of(
            "paracetamol",
            "acetaminophen",
            "aspirin",
            "acetylsalicylic",
            "naproxen",
            "ketoprofen",
            "dexketoprofen",
            "ketorolac",
            "meloxicam",
            "nimesulide",
            "celecoxib",
            "etoricoxib",
            "aceclofenac",
            "lornoxicam",
            "piroxicam",
            "indomethacin",
            "etodolac",
            "metamizole",
            "dipyrone",
            "tramadol",
            "codeine",
            "morphine",
            "oxycodone",
            "tolperisone",
            "tizanidine",
            "cyclobenzaprine",
            "methocarbamol",
            "carisoprodol",
            "orphenadrine",
            "diazepam",
            "gabapentin",
            "pregabalin",
            "amitriptyline",
            "prednisolone",
            "dexamethasone",
            "corticosteroids?",
            "steroids?",
            "botulinum",
            "botox",
            "nerve blocks?",
            "capsaicin");
    private static final Pattern NAMES = Pattern.compile(
            "\\b(?:" + String.join("|", FROM_THE_ARTICLE) + "|" + String.join("|", COMMON) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> TEXT_FILES =
            Set.of("yaml", "yml", "txt", "md", "properties", "java", "jte", "html", "js", "css", "json");
    private static final List<Path> SCANNED = List.of(
            Path.of("src/main/resources"),
            Path.of("src/main/java"),
            Path.of("../nape-app/src/main/resources"),
            Path.of("../nape-app/src/main/java"),
            Path.of("../nape-core/src/main/java"),
            Path.of("../docs"),
            Path.of("../README.md"),
            Path.of("../CONTRIBUTING.md"));

    @Test
    void noContentFileMessageOrDocumentNamesAMedicine() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path root : SCANNED) {
            for (Path file : textFiles(root)) {
                hits.addAll(hitsIn(file.normalize().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }

        assertThat(hits).as("medicine or procedure names found").isEmpty();
    }

    @Test
    void scansTheCatalogueTheTriageRulesAndTheDocs() throws IOException {
        List<String> scanned = new ArrayList<>();
        for (Path root : SCANNED) {
            textFiles(root).forEach(file -> scanned.add(file.normalize().toString()));
        }

        assertThat(scanned)
                .contains(
                        Path.of("src/main/resources/safety/triage-rules.yaml").toString(),
                        Path.of("src/main/resources/catalogue/first-aid.yaml").toString(),
                        Path.of("../docs/safety/hazard-log.md").normalize().toString());
    }

    @Test
    void findsANameInAnyCaseAndGivesFileAndLine() {
        List<String> hits = hitsIn("sample.yaml", "steps:\n  - Rest.\n  - Take IBUPROFEN or a Muscle Relaxant.\n");

        assertThat(hits).containsExactly("sample.yaml:3: IBUPROFEN", "sample.yaml:3: Muscle Relaxant");
    }

    @Test
    void ignoresWordsThatOnlyContainAName() {
        assertThat(hitsIn("sample.md", "Pillows, dosage, blockaded? No: steroidal words like nonsteroidalish."))
                .isEmpty();
    }

    private static List<String> hitsIn(String file, String text) {
        List<String> hits = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher matcher = NAMES.matcher(lines[index]);
            while (matcher.find()) {
                hits.add(file + ":" + (index + 1) + ": " + matcher.group());
            }
        }
        return hits;
    }

    private static List<Path> textFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> TEXT_FILES.contains(extension(path)))
                    .sorted()
                    .toList();
        }
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
