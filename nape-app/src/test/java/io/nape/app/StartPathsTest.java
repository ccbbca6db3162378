package io.nape.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.nape.app.usecase.session.SessionStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hazard log's table of start paths is complete: every class that asks the safety gate whether
 * a session may start is listed there, and every test a row names exists.
 */
class StartPathsTest {
    private static final Path LOG = Path.of("../docs/safety/hazard-log.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern ROW = Pattern.compile("^\\| S\\d+ \\|[^|]*\\|([^|]*)\\|(.*)\\|$");
    private static final Pattern CLASS = Pattern.compile("`([A-Z][A-Za-z0-9]*)`");
    private static final Pattern TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`");

    @Test
    void everyClassThatAsksTheGateIsAStartPathWithATest() throws IOException {
        Set<String> asking = classesThatAskTheGate();
        Set<String> listed = new TreeSet<>();
        List<String> missingTests = new ArrayList<>();
        for (String line : Files.readAllLines(LOG, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Matcher named = CLASS.matcher(row.group(1));
            while (named.find()) {
                listed.add(named.group(1));
            }
            Matcher test = TEST.matcher(row.group(2));
            int tests = 0;
            while (test.find()) {
                tests++;
                if (!testExists(test.group(1), test.group(2))) {
                    missingTests.add(test.group(1) + "#" + test.group(2));
                }
            }
            assertThat(tests).as("tests named by %s", line).isPositive();
        }

        assertThat(asking).as("the gate must be asked somewhere").isNotEmpty();
        assertThat(listed).as("start paths in the hazard log").containsAll(asking);
        assertThat(asking).as("classes the hazard log names as start paths").containsAll(listed);
        assertThat(missingTests)
                .as("tests named in the start paths but not found")
                .isEmpty();
    }

    /** The top-level classes of the program that call {@link SessionStart#decide}. */
    private static Set<String> classesThatAskTheGate() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.nape.app");
        Set<String> asking = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(SessionStart.class)
                        && call.getName().startsWith("decide")) {
                    String name = type.getName();
                    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                    asking.add(outer.substring(outer.lastIndexOf('.') + 1));
                }
            }
        }
        return asking;
    }

    private static boolean testExists(String className, String method) throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals(className + ".java"))
                    .toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(" " + method + "(")) {
                    return true;
                }
            }
        }
        return false;
    }
}
