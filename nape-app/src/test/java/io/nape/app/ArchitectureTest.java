package io.nape.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

@AnalyzeClasses(packages = "io.nape", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes()
            .that()
            .resideInAPackage("io.nape.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.nape.core..", "java..", "org.jspecify..")
            .because("the domain must run without a database, web server or terminal");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses()
            .that()
            .resideInAPackage("io.nape.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "javax..", "java.util.logging..")
            .because("the core takes its input as values and never reads files, networks or databases");

    @ArchTest
    static final ArchRule coreReadsNoClock = noClasses()
            .that()
            .resideInAPackage("io.nape.core..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .because("engines take time as input, so tests can fix it");

    @ArchTest
    static final ArchRule coreDoesNotSleep = noClasses()
            .that()
            .resideInAPackage("io.nape.core..")
            .should()
            .callMethod(Thread.class, "sleep", long.class)
            .because("players schedule from a monotonic clock; the core only computes");

    @ArchTest
    static final ArchRule storeDoesNotKnowTheApp = noClasses()
            .that()
            .resideInAPackage("io.nape.store..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.nape.app..")
            .because("dependencies point inward: app -> store -> core");
}
