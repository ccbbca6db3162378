package io.nape.app.cli.programme;

import io.nape.app.Wiring;
import io.nape.app.text.Texts;
import io.nape.app.usecase.programme.AdaptProgramme;
import io.nape.app.usecase.programme.ProgrammeText;
import io.nape.core.programme.Answer;
import io.nape.core.programme.Proposal;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Answer the open proposal named by its id: {@code confirm} or {@code decline}. */
abstract class ProgrammeAnswerCommand implements Runnable {
    @ParentCommand
    ProgrammeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    String id = "";

    abstract Answer answer();

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Texts texts = parent.texts();
        AdaptProgramme.Decided decided = new AdaptProgramme(wiring).answer(wiring.person(), id, answer());
        Proposal proposal = decided.decision().proposal();
        ProgrammeText words = new ProgrammeText(texts, wiring.settings().timeZone());
        String what = proposal.changesLevel() ? "level" : "check";
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get(
                "programme." + decided.decision().answer().key() + "." + what,
                "level",
                words.level(decided.planLevel())));
        out.flush();
    }

    /** {@code ./nape programme confirm ID}. */
    @Command(name = "confirm", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Confirm extends ProgrammeAnswerCommand {
        @Override
        Answer answer() {
            return Answer.CONFIRMED;
        }
    }

    /** {@code ./nape programme decline ID}. */
    @Command(name = "decline", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Decline extends ProgrammeAnswerCommand {
        @Override
        Answer answer() {
            return Answer.DECLINED;
        }
    }
}
