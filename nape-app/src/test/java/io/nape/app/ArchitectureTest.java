package io.nape.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Timeline;
import io.nape.store.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

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

    @ArchTest
    static final ArchRule onlyTheGateExpandsATimelineToPlay = noClasses()
            .that()
            .resideInAPackage("io.nape.app..")
            .and()
            .resideOutsideOfPackages(
                    "io.nape.app.usecase.session..",
                    "io.nape.app.cli.timeline..",
                    "io.nape.app.usecase.catalogue..",
                    "io.nape.app.web.library..")
            .should()
            .callMethod(Timeline.class, "expand", Routine.class, Catalogue.class, DosageLevel.class)
            .because("a player plays only the timeline of a SessionPermit, which only the safety gate grants"
                    + " (the listed packages only print a timeline or measure a routine's length)");

    @ArchTest
    static final ArchRule onlyTheGateGrantsAPermit = noClasses()
            .that()
            .resideOutsideOfPackage("io.nape.app.usecase.session..")
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(SessionPermit.class))))
            .because("a permit says that the advice in force let this session start");

    @ArchTest
    static final ArchRule playersTakeAPermit = methods()
            .that()
            .areDeclaredInClassesThat()
            .haveSimpleName("SessionPlayer")
            .and()
            .haveName("play")
            .should()
            .haveRawParameterTypes(SessionPermit.class)
            .because("the terminal player must not be handed a bare timeline");

    @ArchTest
    static final ArchRule theWebDoesNotUseTheCommandLine = noClasses()
            .that()
            .resideInAPackage("io.nape.app.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.nape.app.cli..")
            .because("a page and a command that show the same thing call the same use case; neither edge"
                    + " reaches into the other");

    @ArchTest
    static final ArchRule theCommandLineDoesNotUseTheWeb = noClasses()
            .that()
            .resideInAPackage("io.nape.app.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.nape.app.web..")
            .because("the command line starts the web app through the composition root, not by building it");

    @ArchTest
    static final ArchRule useCasesKnowNoEdge = noClasses()
            .that()
            .resideInAnyPackage("io.nape.app.usecase..", "io.nape.app.json..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.nape.app.cli..",
                    "io.nape.app.web..",
                    "picocli..",
                    "io.javalin..",
                    "gg.jte..",
                    "org.eclipse.jetty..")
            .because("use cases take plain inputs and give plain results; the edges parse and render");

    @ArchTest
    static final ArchRule onlyTheWiringBuildsAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("io.nape.store..")
            .and()
            .doNotHaveFullyQualifiedName(Wiring.class.getName())
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("io.nape.store.persistence..")
                            .and(JavaClass.Predicates.simpleNameStartingWith("Jdbc")
                                    .or(JavaClass.Predicates.simpleName("DataImport"))
                                    .or(JavaClass.Predicates.simpleName("DataExport"))))))
            .orShould()
            .callMethod(Database.class, "open", String.class)
            .orShould()
            .callMethod(Database.class, "openSqlite", java.nio.file.Path.class)
            .because("Wiring is the one place adapters are built, so an edge or a use case gets them from it");

    @ArchTest
    static final ArchRule pagesAndUseCasesReachThePersonThroughThePort = noClasses()
            .that()
            .resideInAnyPackage("io.nape.app.web..", "io.nape.app.usecase..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName(Wiring.class.getName())
            .because("pages and use cases get a person's records through PersonRecords, so a server for"
                    + " several people can give each request its own person without changing them");

    @ArchTest
    static final ArchRule theEdgesPlanThroughTheUseCase = noClasses()
            .that()
            .resideInAnyPackage("io.nape.app.cli..", "io.nape.app.web..")
            .should()
            .callConstructor(io.nape.core.plan.PlanEngine.class, io.nape.core.plan.RoutineLengths.class)
            .because("a plan is made in one place (usecase.plan.PlanDays), so a command and a page cannot make"
                    + " it two ways");

    /** A call that reads the wall clock itself rather than through a {@link Clock} it was given. */
    private static final DescribedPredicate<JavaCall<?>> readsTheWallClock =
            new DescribedPredicate<>("reads the wall clock without the injected Clock") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                            .map(JavaClass::getName)
                            .toList();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return !parameters.contains(Clock.class.getName());
                    }
                    return (owner.equals(Clock.class.getName())
                                    && (name.equals("systemUTC")
                                            || name.equals("systemDefaultZone")
                                            || name.equals("system")))
                            || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
                            || (owner.equals(java.util.Date.class.getName())
                                    && name.equals("<init>")
                                    && parameters.isEmpty());
                }
            };

    @ArchTest
    static final ArchRule appReadsTimeOnlyThroughTheWiringClock = noClasses()
            .that()
            .resideInAPackage("io.nape.app..")
            .and()
            .doNotHaveFullyQualifiedName(Wiring.class.getName())
            .and()
            .doNotHaveFullyQualifiedName("io.nape.app.cli.NapeCommand")
            .should()
            .callCodeUnitWhere(readsTheWallClock)
            .because("every wall-clock read goes through the one Clock of Wiring, so a test can set the time;"
                    + " NapeCommand makes that clock and Wiring has a default; System.nanoTime stays for timing");

    @ArchTest
    static final ArchRule appPackagesHaveNoCycles = slices().matching("io.nape.app.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each package of the app is a feature or an edge that can be read on its own");
}
