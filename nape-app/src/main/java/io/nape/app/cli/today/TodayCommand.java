package io.nape.app.cli.today;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.plan.BreakText;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.today.TodayProgress;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show today's plan with what is done and what is next. */
@Command(name = "today", mixinStandardHelpOptions = true)
public final class TodayCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

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
        LocalDate today = now.atZone(zone).toLocalDate();
        List<EventProgress> progress = TodayProgress.progress(wiring, settings, today, now);
        Optional<Instant> pausedUntil = TodayProgress.pausedUntil(wiring, now);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, TodayProgress.TodayView.of(today, pausedUntil, progress));
            return;
        }
        Texts texts = parent.texts();
        out.println(texts.get(
                "today.heading", "date", texts.weekdayAndDate(today) + " " + today.getYear(), "zone", zone.getId()));
        if (progress.isEmpty()) {
            out.println(texts.get("today.nothing"));
        }
        for (EventProgress item : progress) {
            PlanEvent event = item.event();
            out.printf(
                    Locale.ROOT,
                    "  %s  %-18s %-20s %7s  %s%n",
                    TIME.format(event.at()),
                    texts.get("event.kind." + event.kind().name()),
                    event.routine(),
                    texts.get("today.minutes", "minutes", event.minutes()),
                    item.state() == EventProgress.State.LATER
                            ? ""
                            : texts.get("today.state." + item.state().name()));
            event.findDeskBreak()
                    .ifPresent(deskBreak -> out.println(
                            "         " + texts.get("today.holds", "holds", BreakText.of(deskBreak, texts))));
        }
        pausedUntil.ifPresent(until -> out.println(texts.get("today.paused", "time", TIME.format(until.atZone(zone)))));
        progress.stream()
                .filter(item -> item.state() == EventProgress.State.NEXT)
                .findFirst()
                .ifPresent(item -> out.println(
                        item.event().deskBreak() == null
                                ? texts.get(
                                        "today.next",
                                        "routine",
                                        item.event().routine(),
                                        "time",
                                        TIME.format(item.event().at()))
                                : texts.get(
                                        "today.nextBreak",
                                        "time",
                                        TIME.format(item.event().at()))));
        if (new MeasureFunction(wiring).prompt(wiring.person()).due()) {
            out.println(texts.get("todaypsfs.line"));
        }
        out.flush();
    }
}
