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
 * muscle-relaxing medicines, in English and in their usual Russian spellings. The names live here only.
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
    /** Russian stems: any ending may follow ("ибупрофен", "ибупрофена", "ибупрофеном"). */
    private static final List<String> RUSSIAN_STEMS = List.of(
            // named in the source, in their usual Russian spellings
            "циннаризин",
            "трентал",
            "пентоксифиллин",
            "диклофенак",
            "вольтарен",
            "ибупрофен",
            "нурофен",
            "нпвс",
            "нпвп",
            "нестероидн",
            "противовоспалительн",
            "ментол",
            "максиколд",
            "парацетамол",
            "парацитомол",
            "траумел",
            "алором",
            "лидока[иі]н",
            "новока[иі]н",
            "анальгин",
            "мильгамм",
            "мелоксикам",
            "мовалис",
            "мидокалм",
            "толперизон",
            "сирдалуд",
            "тизалуд",
            "тизанидин",
            "баклофен",
            "долгит",
            "капсикам",
            "фастум",
            "финалгон",
            "кетанол",
            "кетонал",
            "фармакопунктур",
            "акупунктур",
            "иглоукалыван",
            "иглорефлексотерап",
            "рефлексотерап",
            "электрофорез",
            "криотерап",
            "мануальн\\p{L}* терапи",
            "мануальщик",
            "хиропрактик",
            "гомеопат",
            "вакуумн\\p{L}* банк",
            "укол",
            "инъекц",
            "блокад",
            "суппозитор",
            "обезболивающ",
            "анальгетик",
            "миорелаксант",
            "сосудист\\p{L}* препарат",
            "витамин",
            "антидепрессант",
            "соматропин",
            // common pain, anti-inflammatory and muscle-relaxing medicines
            "аспирин",
            "ацетилсалицил",
            "цитрамон",
            "пенталгин",
            "напроксен",
            "кетопрофен",
            "декскетопрофен",
            "кеторол",
            "кетанов",
            "нимесулид",
            "нимесил",
            "найз",
            "целекоксиб",
            "целебрекс",
            "эторикоксиб",
            "аркоксиа",
            "ацеклофенак",
            "аэртал",
            "лорноксикам",
            "ксефокам",
            "пироксикам",
            "индометацин",
            "метамизол",
            "трамадол",
            "кодеин",
            "морфин",
            "оксикодон",
            "циклобензаприн",
            "метокарбамол",
            "диазепам",
            "феназепам",
            "габапентин",
            "прегабалин",
            "амитриптилин",
            "преднизолон",
            "дексаметазон",
            "кортикостероид",
            "стероид",
            "ботулотоксин",
            "ботокс",
            "капсаицин",
            "комбилипен",
            "нейромультивит",
            "но-?шп",
            "дротаверин",
            "спазмалгон",
            "хондропротектор",
            "глюкозамин",
            "хондроитин");
    /** Russian words whose stem alone would catch harmless words ("гелиос", "мазок", "цель тренировки"). */
    private static final List<String> RUSSIAN_WORDS = List.of(
            "мазь",
            "мази",
            "мазью",
            "мазей",
            "мазям",
            "мазями",
            "мазях",
            "гель",
            "геля",
            "гели",
            "гелем",
            "гелей",
            "гелям",
            "гелями",
            "гелях",
            "свечи",
            "свечей",
            "свечами",
            "таблетк[аиеуой]",
            "таблеток",
            "таблетками",
            "цель т");

    private static final String NOT_A_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_A_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern NAMES = Pattern.compile(
            "\\b(?:" + String.join("|", FROM_THE_ARTICLE) + "|" + String.join("|", COMMON) + ")\\b"
                    + "|" + NOT_A_LETTER_BEFORE + "(?:" + String.join("|", RUSSIAN_STEMS) + ")\\p{L}*"
                    + "|" + NOT_A_LETTER_BEFORE + "(?:" + String.join("|", RUSSIAN_WORDS) + ")" + NOT_A_LETTER_AFTER,
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
                        Path.of("src/main/resources/catalogue/ru/first-aid.yaml")
                                .toString(),
                        Path.of("src/main/resources/safety/ru/triage-rules.yaml")
                                .toString(),
                        Path.of("../docs/safety/hazard-log.md").normalize().toString());
    }

    @Test
    void findsANameInAnyCaseAndGivesFileAndLine() {
        List<String> hits = hitsIn("sample.yaml", "steps:\n  - Rest.\n  - Take IBUPROFEN or a Muscle Relaxant.\n");

        assertThat(hits).containsExactly("sample.yaml:3: IBUPROFEN", "sample.yaml:3: Muscle Relaxant");
    }

    @Test
    void findsARussianNameInAnyCaseAndFormAndGivesFileAndLine() {
        List<String> hits = hitsIn(
                "ru/sample.yaml",
                "steps:\n  - Отдохните.\n  - Примите ИБУПРОФЕН или таблетку Мидокалма, нанесите мазь.\n"
                        + "  - Сделайте блокаду с новокаином или укол; подойдёт и Сирдалуд.\n");

        assertThat(hits)
                .containsExactly(
                        "ru/sample.yaml:3: ИБУПРОФЕН",
                        "ru/sample.yaml:3: таблетку",
                        "ru/sample.yaml:3: Мидокалма",
                        "ru/sample.yaml:3: мазь",
                        "ru/sample.yaml:4: блокаду",
                        "ru/sample.yaml:4: новокаином",
                        "ru/sample.yaml:4: укол",
                        "ru/sample.yaml:4: Сирдалуд");
    }

    @Test
    void findsTheSourcesRemediesInRussian() {
        assertThat(hitsIn("ru.md", "Мильгамма, «Долгит», «Фастум гель», «Цель Т», витамины группы B, НПВС"))
                .containsExactly(
                        "ru.md:1: Мильгамма",
                        "ru.md:1: Долгит",
                        "ru.md:1: Фастум",
                        "ru.md:1: гель",
                        "ru.md:1: Цель Т",
                        "ru.md:1: витамины",
                        "ru.md:1: НПВС");
    }

    @Test
    void ignoresRussianWordsThatOnlyContainAName() {
        assertThat(hitsIn("ru.md", "Цель тренировки: мазок, гелиос, банка варенья, свеча горит, лекарство — к врачу."))
                .isEmpty();
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
