package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in catalogue as the build compiled it: the same as its YAML files give, in every language. */
class CompiledCatalogueTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final CatalogueLoad FROM_YAML =
            new CatalogueLoader().load(CatalogueLoader.builtInSources(), CatalogueLoader.builtInLanguages());

    @Test
    void theBuildPutTheCompiledCatalogueOnTheClassPath() {
        assertThat(CompiledCatalogue.class.getClassLoader().getResource(CompiledCatalogue.RESOURCE))
                .isNotNull();
        assertThat(CompiledCatalogue.builtIn()).isPresent();
    }

    @Test
    void theCompiledCatalogueIsWhatTheYamlFilesGiveInEveryLanguage() {
        CatalogueLoad compiled = CompiledCatalogue.builtIn().orElseThrow();
        assertThat(FROM_YAML.problems()).isEmpty();
        assertThat(compiled.languages()).isEqualTo(FROM_YAML.languages()).contains(RUSSIAN);
        for (Locale language : FROM_YAML.languages()) {
            assertSame(compiled.catalogue(language), FROM_YAML.catalogue(language));
        }
    }

    @Test
    void aLoadWithoutFilesOfThePersonsOwnIsTheCompiledCatalogue(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("ru"));
        Files.writeString(folder.resolve("notes.txt"), "not a catalogue file");
        CatalogueLoad load = new CatalogueLoader().load(folder);
        assertSame(load.catalogue(), FROM_YAML.catalogue());
        assertSame(load.catalogue(RUSSIAN), FROM_YAML.catalogue(RUSSIAN));
    }

    @Test
    void aFileOfThePersonsOwnIsLoadedFromItsYamlWithTheBuiltInOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.yaml"), """
                part: posture
                exercises:
                  - id: my-shrug
                    name: My shrug
                    style: movement
                    steps: [Lift your shoulders and let them drop.]
                    dosage:
                      movements: 5
                      movementSeconds: 3
                    cues:
                      prepare: Sit tall
                      move: Shoulders up, then drop
                """);
        CatalogueLoad load = new CatalogueLoader().load(folder);
        assertThat(load.catalogue().findExercise("my-shrug")).isPresent();
        assertThat(load.catalogue().exercises())
                .hasSize(FROM_YAML.catalogue().exercises().size() + 1);
    }

    @Test
    void russianTextsOfThePersonsOwnAreReadFromTheirYaml(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("ru"));
        Files.writeString(folder.resolve("ru").resolve("stray.yaml"), "exercises: []\n");
        CatalogueLoad load = new CatalogueLoader().load(folder);
        assertThat(load.problems()).anySatisfy(problem -> assertThat(problem).contains("stray.yaml"));
    }

    @Test
    void aFileWrittenAndReadBackIsTheSameCatalogue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledCatalogue.write(FROM_YAML, bytes);
        CatalogueLoad read = CompiledCatalogue.read(new ByteArrayInputStream(bytes.toByteArray()))
                .orElseThrow();
        assertSame(read.catalogue(), FROM_YAML.catalogue());
        assertSame(read.catalogue(RUSSIAN), FROM_YAML.catalogue(RUSSIAN));
    }

    @Test
    void aFileOfAnotherVersionIsNotRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledCatalogue.write(FROM_YAML, bytes);
        byte[] file = bytes.toByteArray();
        ByteBuffer.wrap(file).putInt(8, ByteBuffer.wrap(file).getInt(8) + 1); // the enums' fingerprint
        assertThat(CompiledCatalogue.read(new ByteArrayInputStream(file))).isEmpty();
    }

    private static void assertSame(Catalogue actual, Catalogue expected) {
        assertThat(List.copyOf(actual.exercises())).isEqualTo(List.copyOf(expected.exercises()));
        assertThat(List.copyOf(actual.routines())).isEqualTo(List.copyOf(expected.routines()));
        assertThat(actual.phaseCues()).isEqualTo(expected.phaseCues());
    }
}
