package io.nape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every control in the hazard log names a test, and every test it names exists. */
class HazardLogTest {
    private static final Path LOG = Path.of("../docs/safety/hazard-log.md");
    private static final List<Path> TEST_ROOTS = List.of(
            Path.of("src/test/java"), Path.of("../nape-core/src/test/java"), Path.of("../nape-app/src/test/java"));
    private static final Pattern REFERENCE =
            Pattern.compile("`([A-Z][A-Za-z0-9]*(?:\\.[A-Z][A-Za-z0-9]*)?)#([a-z][A-Za-z0-9]*)`");

    @Test
    void everyHazardNamesATest() throws IOException {
        List<String> rows = hazardRows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows)
                .allSatisfy(
                        row -> assertThat(REFERENCE.matcher(row).find()).as(row).isTrue());
    }

    @Test
    void everyTestTheHazardLogNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String row : hazardRows()) {
            Matcher reference = REFERENCE.matcher(row);
            while (reference.find()) {
                String outerClass = reference.group(1).split("\\.")[0];
                String method = reference.group(2);
                Optional<String> source = testSource(outerClass);
                // A test is a method, or an architecture rule held in a field.
                if (source.isEmpty()
                        || !(source.get().contains(" " + method + "(")
                                || source.get().contains(" " + method + " ="))) {
                    missing.add(reference.group(1) + "#" + method);
                }
            }
        }

        assertThat(missing).as("tests named in the hazard log but not found").isEmpty();
    }

    private static List<String> hazardRows() throws IOException {
        return Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches("\\| [HS]\\d+ .*"))
                .toList();
    }

    private static Optional<String> testSource(String className) throws IOException {
        for (Path root : TEST_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> file = files.filter(
                                path -> path.getFileName().toString().equals(className + ".java"))
                        .findFirst();
                if (file.isPresent()) {
                    return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
                }
            }
        }
        return Optional.empty();
    }
}
