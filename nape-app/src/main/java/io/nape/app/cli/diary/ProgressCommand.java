package io.nape.app.cli.diary;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.progress.ProgressInputs;
import io.nape.app.usecase.progress.ProgressLoad;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsProgress;
import io.nape.app.usecase.psfs.PsfsProgressView;
import io.nape.core.plan.Settings;
import io.nape.core.progress.ProgressReport;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show whether the plan is followed and the pain goes down. */
@Command(name = "progress", mixinStandardHelpOptions = true)
public final class ProgressCommand implements Runnable {
    /** How many weeks the plan and the streaks look back, this week included. */
    static final int LOOK_BACK_WEEKS = ProgressInputs.LOOK_BACK_WEEKS;
    /** How many weeks are shown: this week and the 4 before. */
    static final int SHOWN_WEEKS = 5;

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Settings settings = wiring.settings();
        ZoneId zone = settings.timeZone();
        Instant now = wiring.clock().instant();
        ProgressLoad.ProgressData data = ProgressLoad.load(wiring, settings, now);
        ProgressReport report = data.report();
        PsfsProgress psfs = PsfsProgress.of(wiring.psfs().findAll(), data.pains(), zone);
        PsfsProgressView psfsView =
                PsfsProgressView.read(new MeasureFunction(wiring), psfs, parent.texts(), zone, wiring.person());
        LocalDate firstShown = report.today()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(SHOWN_WEEKS - 1L);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ProgressView.of(report, zone, firstShown, psfsView));
        } else {
            ProgressText.print(out, report, zone, firstShown, parent.texts());
            PsfsProgressText.print(out, psfs, psfsView, parent.texts());
        }
    }

    static ProgressReport report(Wiring wiring, Settings settings, Instant now) {
        return ProgressLoad.load(wiring, settings, now).report();
    }
}
