package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Style;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class IllustrationsTest {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int MAX_BYTES = 4 * 1024;
    private static final Set<Style> DIRECTED = EnumSet.of(Style.ISOMETRIC, Style.STRETCH, Style.MOVEMENT);
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("image", "script", "foreignObject", "iframe", "use", "a", "style");
    private static final Catalogue CATALOGUE =
            new CatalogueLoader().load((Path) null).catalogue();

    static Stream<Named<Exercise>> exercises() {
        return CATALOGUE.exercises().stream()
                .map(exercise -> Named.of(exercise.id().value(), exercise));
    }

    private static Set<String> exerciseIds() {
        return CATALOGUE.exercises().stream()
                .map(exercise -> exercise.id().value())
                .collect(Collectors.toSet());
    }

    @Test
    void theCatalogueHasExercisesToIllustrate() {
        assertThat(CATALOGUE.exercises()).hasSizeGreaterThan(40);
    }

    @Test
    void bundlesExactlyOneIllustrationPerExerciseAndNoOtherFile() {
        Set<String> expectedFiles =
                exerciseIds().stream().map(id -> id + Illustrations.SUFFIX).collect(Collectors.toSet());

        assertThat(ResourceFolder.fileNames(Illustrations.FOLDER)).containsExactlyInAnyOrderElementsOf(expectedFiles);
        assertThat(Illustrations.bundledIds()).containsExactlyInAnyOrderElementsOf(exerciseIds());
    }

    @Test
    void findsNothingForAnExerciseWithoutAnIllustration() {
        assertThat(Illustrations.find(new ExerciseId("no-such-exercise"))).isEmpty();
    }

    @Test
    void keepsAnIllustrationOnceRead() {
        ExerciseId id = new ExerciseId("iso-forehead-press");

        assertThat(Illustrations.find(id).orElseThrow())
                .isSameAs(Illustrations.find(id).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void illustrationIsASmallSelfContainedSvgNamedAfterTheExercise(Exercise exercise) throws Exception {
        String svg = Illustrations.find(exercise.id()).orElseThrow();
        Element root = parse(svg).getDocumentElement();

        assertThat(svg.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(MAX_BYTES);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 200 200");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(childText(root, "title")).isEqualTo(exercise.name());
        assertThat(childText(root, "desc")).isNotBlank();
        for (Element element : elements(root)) {
            assertThat(element.getLocalName()).isNotIn(FORBIDDEN_ELEMENTS);
            for (Attr attribute : attributes(element)) {
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                assertThat(name).doesNotStartWithIgnoringCase("on");
                assertThat(name).isNotEqualTo("href");
                assertThat(attribute.getValue()).doesNotContainIgnoringCase("url(");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void figureFollowsTheTextColour(Exercise exercise) throws Exception {
        Element root = parse(Illustrations.find(exercise.id()).orElseThrow()).getDocumentElement();

        assertThat(elements(root)).anySatisfy(element -> assertThat(element.getAttribute("stroke"))
                .isEqualTo("currentColor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void exerciseWithADirectionShowsAnArrow(Exercise exercise) throws Exception {
        Element root = parse(Illustrations.find(exercise.id()).orElseThrow()).getDocumentElement();
        boolean hasArrow = elements(root).stream()
                .anyMatch(element -> Arrays.asList(element.getAttribute("class").split("\\s+"))
                        .contains("arrow"));

        if (DIRECTED.contains(exercise.style())) {
            assertThat(hasArrow).as("%s is %s", exercise.id(), exercise.style()).isTrue();
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String childText(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    private static List<Element> elements(Element root) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        return attributes;
    }
}
