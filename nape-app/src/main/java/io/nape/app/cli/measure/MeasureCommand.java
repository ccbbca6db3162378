package io.nape.app.cli.measure;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsOverview;
import io.nape.app.usecase.psfs.PsfsView;
import io.nape.core.NapeException;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.psfs.ActivityChange;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import io.nape.core.psfs.PsfsRating;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Measure function with the PSFS: rate up to three activities the neck makes hard, or show every
 * answer. The activities are the person's own words: printed back to them here, never part of an
 * error.
 */
@Command(
        name = "measure",
        mixinStandardHelpOptions = true,
        // The description and the options' descriptions are in i18n/help.properties.
        usageHelpAutoWidth = true)
public final class MeasureCommand implements Runnable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", paramLabel = "ACTIVITY=SCORE")
    List<String> rate = new ArrayList<>();

    @Option(names = "--new")
    boolean newActivities;

    @Option(names = "--history")
    boolean history;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--skip")
    boolean skip;

    @Override
    public void run() {
        if (skip) {
            skip();
            return;
        }
        if (rate.isEmpty() && !history) {
            throw new NapeException("give --rate ACTIVITY=SCORE or --history").withText("measure.nothingToDo");
        }
        if (!rate.isEmpty() && history) {
            throw new NapeException("give --rate or --history, not both").withText("measure.rateOrHistory");
        }
        Wiring wiring = parent.wiring();
        Texts texts = parent.texts();
        MeasureFunction measure = new MeasureFunction(wiring);
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = wiring.settings().timeZone();
        if (history) {
            List<MeasureFunction.HistoryEntry> entries = measure.history(wiring.person());
            if (json) {
                JsonOutput.print(out, entries.stream().map(PsfsView::of).toList());
            } else {
                printHistory(out, texts, zone, entries);
            }
        } else {
            MeasureFunction.Recorded recorded = measure.record(wiring.person(), ratings(rate), newActivities);
            if (json) {
                JsonOutput.print(out, PsfsView.of(recorded));
            } else {
                printRecorded(out, texts, zone, recorded);
            }
        }
        out.flush();
    }

    private void skip() {
        if (!rate.isEmpty() || history) {
            throw new NapeException("give --skip alone").withText("measure.skipAlone");
        }
        Wiring wiring = parent.wiring();
        MeasureFunction.Prompt prompt = new MeasureFunction(wiring).skip(wiring.person());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, PsfsOverview.PromptView.of(prompt));
        } else {
            Instant next = prompt.dueAt().orElseThrow();
            out.println(parent.texts()
                    .get("measure.skipped", "date", day(next, wiring.settings().timeZone())));
        }
        out.flush();
    }

    /** Each {@code ACTIVITY=SCORE}, split at its last {@code =}; the core checks the parts. */
    private static List<PsfsRating> ratings(List<String> typed) {
        List<PsfsRating> ratings = new ArrayList<>();
        for (String each : typed) {
            int equals = each.lastIndexOf('=');
            if (equals < 0) {
                throw new NapeException("a rating is ACTIVITY=SCORE, this one has no =").withText("measure.noEquals");
            }
            int score = PsfsRating.parseScore(each.substring(equals + 1));
            ratings.add(new PsfsRating(each.substring(0, equals), score));
        }
        return ratings;
    }

    private static void printRecorded(PrintWriter out, Texts texts, ZoneId zone, MeasureFunction.Recorded recorded) {
        PsfsAnswer answer = recorded.answer();
        out.println(texts.get(
                "measure.saved",
                "score",
                answer.score(),
                "count",
                answer.ratings().size()));
        for (PsfsRating rating : answer.ratings()) {
            out.println(texts.get("measure.rating", "activity", rating.activity(), "score", rating.score()));
        }
        if (recorded.sinceFirst().isEmpty()) {
            out.println(texts.get("measure.first"));
            return;
        }
        PsfsComparison first = recorded.sinceFirst().orElseThrow();
        out.println(texts.get(
                "measure.sinceFirst",
                "date",
                day(first.since(), zone),
                "from",
                first.earlier().score(),
                "to",
                first.later().score(),
                "verdict",
                verdict(texts, first.meaningfulChange())));
        for (ActivityChange change : first.activities()) {
            out.println(texts.get(
                    "measure.activityChange",
                    "activity",
                    change.activity(),
                    "from",
                    change.from(),
                    "to",
                    change.to(),
                    "verdict",
                    verdict(texts, change.meaningfulChange())));
        }
        Optional<PsfsComparison> previous = recorded.sincePrevious();
        if (previous.isPresent() && !previous.get().since().equals(first.since())) {
            PsfsComparison last = previous.get();
            out.println(texts.get(
                    "measure.sincePrevious",
                    "date",
                    day(last.since(), zone),
                    "from",
                    last.earlier().score(),
                    "to",
                    last.later().score(),
                    "verdict",
                    verdict(texts, last.meaningfulChange())));
        }
    }

    private static void printHistory(
            PrintWriter out, Texts texts, ZoneId zone, List<MeasureFunction.HistoryEntry> entries) {
        if (entries.isEmpty()) {
            out.println(texts.get("measure.history.none"));
            return;
        }
        out.println(texts.get("measure.history.heading", "count", entries.size()));
        for (MeasureFunction.HistoryEntry entry : entries) {
            PsfsAnswer answer = entry.answer();
            String date = day(answer.at(), zone);
            out.println(entry.sinceFirst()
                    .map(since -> texts.get(
                            "measure.history.entrySinceFirst",
                            "date",
                            date,
                            "score",
                            answer.score(),
                            "change",
                            since.scoreChange(),
                            "verdict",
                            verdict(texts, since.meaningfulChange())))
                    .orElseGet(() -> texts.get("measure.history.entry", "date", date, "score", answer.score())));
            for (PsfsRating rating : answer.ratings()) {
                out.println(texts.get("measure.rating", "activity", rating.activity(), "score", rating.score()));
            }
        }
    }

    private static String verdict(Texts texts, Optional<MeaningfulChange> change) {
        if (change.isEmpty()) {
            return texts.get("measure.verdict.none");
        }
        return change.get() == MeaningfulChange.BETTER
                ? texts.get("measure.verdict.better")
                : texts.get("measure.verdict.worse");
    }

    private static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}
