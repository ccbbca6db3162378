package io.nape.app.cli.programme;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.programme.AdaptProgramme;
import io.nape.app.usecase.programme.ProgrammeText;
import io.nape.app.usecase.programme.ProgrammeView;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.StepUpHold;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show the programme's level, the proposal open with its reason and how to answer, or what holds a step up. */
@Command(
        name = "programme",
        mixinStandardHelpOptions = true,
        // The description and the options' descriptions are in i18n/help.properties.
        usageHelpAutoWidth = true,
        subcommands = {
            ProgrammeAnswerCommand.Confirm.class,
            ProgrammeAnswerCommand.Decline.class,
            ProgrammeHistoryCommand.class
        })
public final class ProgrammeCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Texts texts = parent.texts();
        AdaptProgramme.Review review = new AdaptProgramme(wiring).review(wiring.person());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ProgrammeView.of(review, texts));
            return;
        }
        ProgrammeText words = new ProgrammeText(texts, review.zone());
        out.println(texts.get(
                "programme.level", "level", words.level(review.review().level())));
        if (review.planLevel() != review.review().level()) {
            out.println(texts.get("programme.planLevel", "level", words.level(review.planLevel())));
        }
        if (review.open().isEmpty()) {
            out.println(texts.get("programme.nothingOpen"));
        }
        for (Proposal proposal : review.open()) {
            out.println();
            out.println(texts.get("programme.open", "id", proposal.id().value()));
            out.println("  " + words.proposal(proposal));
            out.println("  " + words.reason(proposal.reason()));
            out.println("  "
                    + texts.get("programme.howToAnswer", "id", proposal.id().value()));
        }
        if (!review.review().holds().isEmpty()) {
            out.println();
            out.println(texts.get("programme.holdsHeading"));
            for (StepUpHold hold : review.review().holds()) {
                out.println("  - " + words.hold(hold));
            }
        }
        out.flush();
    }

    Wiring wiring() {
        return parent.wiring();
    }

    Texts texts() {
        return parent.texts();
    }
}
