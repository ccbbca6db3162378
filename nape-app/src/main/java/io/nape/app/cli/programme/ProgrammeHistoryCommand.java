package io.nape.app.cli.programme;

import io.nape.app.Wiring;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.programme.AdaptProgramme;
import io.nape.app.usecase.programme.ProgrammeText;
import io.nape.app.usecase.programme.ProgrammeView;
import io.nape.core.programme.ProposalDecision;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show every decision on a proposal, newest first: when, from and to, why, and the answer. */
@Command(name = "history", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ProgrammeHistoryCommand implements Runnable {
    @ParentCommand
    ProgrammeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Texts texts = parent.texts();
        List<ProposalDecision> decisions = new AdaptProgramme(wiring).history(wiring.person());
        ZoneId zone = wiring.settings().timeZone();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ProgrammeView.history(decisions, zone, texts));
            return;
        }
        if (decisions.isEmpty()) {
            out.println(texts.get("programme.history.empty"));
        }
        ProgrammeText words = new ProgrammeText(texts, zone);
        decisions.forEach(decision -> out.println(words.historyLine(decision)));
        out.flush();
    }
}
