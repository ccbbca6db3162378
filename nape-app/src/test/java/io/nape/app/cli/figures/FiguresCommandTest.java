package io.nape.app.cli.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.nape.app.cli.CliRun;
import io.nape.app.figure.OwnFigures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FiguresCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @BeforeEach
    void putTheFiguresIntoTheCatalogue() {
        OwnFigures.copyInto(home);
    }

    @Test
    void writesAPagePerRoutineOneForCardsOneForTheRestAndAnIndex() throws Exception {
        Path out = work.resolve("sheets");

        CliRun run = CliRun.run(home, "figures", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain(OwnFigures.FILE);
        List<Path> pages = svgPages(out);
        assertThat(pages)
                .extracting(page -> page.getFileName().toString())
                .contains("drawn-figures.svg", "cards.svg", "other.svg");
        assertThat(run.out())
                .isEqualTo("Wrote " + pages.size() + " pages of figures to " + out + "; " + out.resolve("index.md")
                        + " lists them.\n");
        String index = Files.readString(out.resolve("index.md"));
        assertThat(index)
                .startsWith("# Contact sheets of the figures\n")
                .contains("- [Drawn figures](drawn-figures.svg): 4 exercises, 4 with a figure\n")
                .contains("- [Advice cards](cards.svg): ")
                .contains("chromium --headless --screenshot=");
        for (Path page : pages) {
            assertThat(index).contains("](" + page.getFileName() + ")");
        }
    }

    @Test
    void aRoutinesPageShowsEachExerciseInOrderWithAStillAndTheCueOfEachPhase() throws Exception {
        Path out = work.resolve("sheets");

        CliRun.run(home, "figures", "--out", out.toString());

        Document page = parse(Files.readString(out.resolve("drawn-figures.svg")));
        List<String> texts = texts(page);
        assertThat(texts)
                .containsSubsequence(
                        "Drawn figures",
                        "Temple press, drawn",
                        "prepare",
                        "Palm on your right temple",
                        "press",
                        "Press into your palm,",
                        "breathe out",
                        "Chin tuck at the wall, drawn",
                        "hold",
                        "Chin in, crown up",
                        "Slow turns, drawn",
                        "step 1: key pose 1 of 3",
                        "Turn right and back",
                        "step 1: key pose 2 of 3",
                        "step 1: key pose 3 of 3",
                        "step 2: key pose 1 of 2",
                        "Turn left and back",
                        "Shrugs with weights, drawn",
                        "move: key pose 2 of 2",
                        "Shoulders up, then let them");
        // Temple press: prepare, breathe, press, release, relax, switch side; chin tuck: prepare, hold;
        // turns: prepare and every key pose of each of two steps (3 and 2); shrugs: prepare and the two
        // key poses of the move.
        assertThat(figures(page)).hasSize(6 + 2 + 6 + 3);
        assertThat(figures(page)).allSatisfy(figure -> assertThat(
                        figure.getElementsByTagNameNS("*", "g").getLength())
                .isGreaterThan(20));
    }

    @Test
    void theCardsPageShowsACardsStillAndTheOtherPageTheExercisesInNoRoutine() throws Exception {
        Path out = work.resolve("sheets");

        CliRun.run(home, "figures", "--out", out.toString());

        Document cards = parse(Files.readString(out.resolve("cards.svg")));
        assertThat(texts(cards)).startsWith("Advice cards").contains("Rest on your back, drawn", "hold");
        assertThat(figures(cards))
                .extracting(figure -> figure.getAttribute("data-exercise"))
                .as("the built-in cards and the person's own, each once")
                .hasSize(12)
                .doesNotHaveDuplicates()
                .contains("figure-rest-on-the-back", "habit-sit-close");
        assertThat(texts(parse(Files.readString(out.resolve("other.svg")))))
                .startsWith("Exercises in no routine")
                .doesNotContain("Temple press, drawn", "Rest on your back, drawn");
    }

    @Test
    void speaksTheLanguageOfLang() throws Exception {
        Path out = work.resolve("листы");

        CliRun run = CliRun.run(home, "--lang", "ru", "figures", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(" с фигурами в " + out + "; их список — в ");
        assertThat(Files.readString(out.resolve("index.md"))).startsWith("# Листы с фигурами\n");
        assertThat(texts(parse(Files.readString(out.resolve("cards.svg"))))).startsWith("Карточки советов");
        assertThat(texts(parse(Files.readString(out.resolve("drawn-figures.svg")))))
                .contains("подготовка");
    }

    @Test
    void refusesAFileAsTheFolderInOneSentence() throws Exception {
        Path file = Files.writeString(work.resolve("sheets.txt"), "taken");

        CliRun run = CliRun.run(home, "figures", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .endsWith("--out " + file + " is a file. Give a folder for the contact sheets, such as figures/.\n");
        assertThat(Files.readString(file)).isEqualTo("taken");
    }

    @Test
    void refusesAFolderThatCannotBeMadeUnderAFile() throws Exception {
        Path file = Files.writeString(work.resolve("sheets.txt"), "taken");
        Path under = file.resolve("figures");

        CliRun run = CliRun.run(home, "figures", "--out", under.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .endsWith("--out " + under + " lies under " + file
                        + ", which is a file. Give a folder for the contact sheets, such as figures/.\n");
    }

    @Test
    void refusesAFolderItMayNotWriteInOneSentence() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(work.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliRun run = CliRun.run(home, "figures", "--out", locked.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("Cannot write the contact sheets to " + locked + ": permission denied.\n");
    }

    @Test
    void helpTellsHowToLookAtAPageAsAPicture() {
        CliRun run = CliRun.run(home, "figures", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--out=DIR", "chromium --headless --screenshot=", "index.md");
    }

    private static List<Path> svgPages(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".svg"))
                    .sorted()
                    .toList();
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document page) {
        NodeList all = page.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> figures(Document page) {
        NodeList all = page.getElementsByTagNameNS("*", "svg");
        List<Element> figures = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element svg = (Element) all.item(i);
            if ("figure".equals(svg.getAttribute("class"))) {
                figures.add(svg);
            }
        }
        return figures;
    }
}
