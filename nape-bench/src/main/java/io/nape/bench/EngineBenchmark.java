package io.nape.bench;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.core.session.Timeline;
import io.nape.store.catalogue.CatalogueLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time the two engines the app runs most: expanding every routine of the built-in catalogue into
 * its timeline, and planning a whole year (with a DST change in each direction) from the default
 * settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @SuppressWarnings("NullAway.Init") // set in load(), which JMH runs before any benchmark method
    private Catalogue catalogue;

    @SuppressWarnings("NullAway.Init") // set in load(), which JMH runs before any benchmark method
    private Settings settings;

    @SuppressWarnings("NullAway.Init") // set in load(), which JMH runs before any benchmark method
    private PlanEngine engine;

    @Setup
    public void load() {
        catalogue = new CatalogueLoader().load((Path) null).catalogue();
        settings = Settings.defaults(ZoneId.of("Europe/Berlin"));
        engine = new PlanEngine(RoutineLengths.of(catalogue));
    }

    @Benchmark
    public void expandEveryRoutine(Blackhole hole) {
        for (Routine routine : catalogue.routines()) {
            hole.consume(Timeline.expand(routine, catalogue, settings.level()));
        }
    }

    @Benchmark
    public Plan planYear() {
        return engine.plan(settings, FIRST_DAY, FIRST_DAY.plusDays(364));
    }
}
