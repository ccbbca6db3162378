package io.nape.app.data;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.programme.Answer;
import io.nape.core.programme.FlareUp;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Programme;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.programme.ProposalReason;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Read one decision on a programme proposal from the data file, as {@code ProposalJson} writes it,
 * each field checked; the problems go to the reader's list and never quote a value.
 */
final class ProgrammeDecisionReader {
    private static final int MAX_ID = 200;
    private static final int MANY = 1_000_000;

    private final List<Problem> problems;

    ProgrammeDecisionReader(List<Problem> problems) {
        this.problems = problems;
    }

    Optional<ProposalDecision> decision(String path, JsonNode node) {
        Fields fields = new Fields(path, node, problems, "proposal", "answer", "decidedAt");
        Fields proposal = fields.child(
                fields.path("proposal"), fields.object("proposal"), "id", "at", "kind", "from", "to", "reason");
        String id = proposal.text("id", MAX_ID, false);
        Instant at = proposal.instant("at");
        ProposalKind kind = proposal.key(
                "kind", ProposalKind::fromKey, keys(ProposalKind.values(), ProposalKind::key), ProposalKind.CHECK);
        List<String> levels = keys(DosageLevel.values(), DosageLevel::key);
        DosageLevel from = proposal.key("from", DosageLevel::fromKey, levels, DosageLevel.GENTLE);
        DosageLevel to = proposal.key("to", DosageLevel::fromKey, levels, DosageLevel.GENTLE);
        Answer answer = fields.key("answer", Answer::fromKey, keys(Answer.values(), Answer::key), Answer.DECLINED);
        Instant decidedAt = fields.instant("decidedAt");
        @Nullable ProposalReason reason = proposal.ok() ? reason(proposal, kind) : null;
        if (!fields.ok() || !proposal.ok() || reason == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProposalDecision(
                    new Proposal(new ProposalId(id), at, kind, from, to, reason), answer, decidedAt));
        } catch (RuntimeException refused) { // its message may quote a value: not passed on
            problems.add(Problem.of("data.problem.notValid.programmeDecision", "path", path));
            return Optional.empty();
        }
    }

    /** The reason a proposal of {@code kind} holds, or null with its problems noted. */
    private @Nullable ProposalReason reason(Fields proposal, ProposalKind kind) {
        String path = proposal.path("reason");
        JsonNode node = proposal.object("reason");
        try {
            switch (kind) {
                case STEP_UP:
                    return steadyProgress(path, node);
                case STEP_DOWN:
                    return flareUp(path, node);
                default:
                    Fields fields = new Fields(path, node, problems, "kind", "flareUps");
                    expectKind(fields, "repeated-flare-ups");
                    List<JsonNode> items = fields.list("flareUps");
                    List<FlareUp> flareUps = new ArrayList<>();
                    for (int index = 0; index < items.size(); index++) {
                        flareUps.add(flareUp(fields.path("flareUps") + "[" + index + "]", items.get(index)));
                    }
                    return fields.ok() ? new RepeatedFlareUps(flareUps) : null;
            }
        } catch (InvalidReason noted) {
            return null;
        } catch (IllegalArgumentException invalid) { // its message may quote a value: not passed on
            problems.add(Problem.of("data.problem.notValid.programmeReason", "path", path));
            return null;
        }
    }

    private SteadyProgress steadyProgress(String path, JsonNode node) {
        Fields fields = new Fields(
                path, node, problems, "kind", "from", "to", "planned", "due", "done", "startMean", "endMean");
        expectKind(fields, "steady-progress");
        LocalDate from = fields.parsed("from", ProgrammeDecisionReader::date, "data.problem.date", LocalDate.EPOCH);
        LocalDate to = fields.parsed("to", ProgrammeDecisionReader::date, "data.problem.date", LocalDate.EPOCH);
        Adherence adherence = new Adherence(
                fields.number("planned", 0, MANY), fields.number("due", 0, MANY), fields.number("done", 0, MANY));
        PainMean start = mean(fields, "startMean", from);
        PainMean end = mean(fields, "endMean", to);
        if (!fields.ok()) {
            throw new InvalidReason();
        }
        return new SteadyProgress(from, to, adherence, start, end);
    }

    private PainMean mean(Fields fields, String field, LocalDate to) {
        Fields mean = fields.child(fields.path(field), fields.object(field), "entries", "total");
        int entries = mean.number("entries", 1, MANY);
        int total = mean.number("total", 0, MANY);
        if (!mean.ok()) {
            throw new InvalidReason();
        }
        return new PainMean(to.minusDays(Programme.MEAN_DAYS - 1L), to, entries, total);
    }

    private FlareUp flareUp(String path, JsonNode node) {
        JsonNode kind = node.get("kind");
        if (kind != null && kind.isString() && kind.asString().equals("stopped-for-pain")) {
            Fields fields = new Fields(path, node, problems, "kind", "at", "routine");
            Instant at = fields.instant("at");
            String routine = fields.text("routine", 200, false);
            if (!fields.ok()) {
                throw new InvalidReason();
            }
            return new StoppedForPain(at, new RoutineId(routine));
        }
        Fields fields = new Fields(path, node, problems, "kind", "at", "pain", "earlierEntries", "earlierTotal");
        expectKind(fields, "pain-above-mean");
        Instant at = fields.instant("at");
        int pain = fields.number("pain", 0, 10);
        int entries = fields.number("earlierEntries", 1, MANY);
        int total = fields.number("earlierTotal", 0, MANY);
        if (!fields.ok()) {
            throw new InvalidReason();
        }
        return new PainAboveMean(at, pain, entries, total);
    }

    private static void expectKind(Fields fields, String kind) {
        fields.key("kind", key -> key.equals(kind) ? Optional.of(key) : Optional.empty(), List.of(kind), kind);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException wrong) {
            return Optional.empty();
        }
    }

    private static <E> List<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toList();
    }

    /** A reason whose fields were wrong, their problems already noted. */
    private static final class InvalidReason extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidReason() {
            super("a reason's fields are not right", null, false, false);
        }
    }
}
