package io.nape.store.persistence.programme;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.programme.Answer;
import io.nape.core.programme.FlareUp;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Programme;
import io.nape.core.programme.ProgrammeDecisionRepository;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalAlreadyDecidedException;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.programme.ProposalReason;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Keep one person's decisions in two tables: a row per decision, with the proposal it answers and a step up's
 * figures, and a row per flare-up a step down or a check names. Times are UTC epoch milliseconds.
 * Decisions are health data: no message here quotes a figure read or written.
 */
public final class JdbcProgrammeDecisionRepository implements ProgrammeDecisionRepository {
    private static final String SELECT = "SELECT proposal, at_ms, kind, from_level, to_level, reason, steady_from, "
            + "steady_to, planned, due, done, start_entries, start_total, end_entries, end_total, answer, "
            + "decided_at_ms FROM programme_decision WHERE person_id = :person ";
    private static final String ORDER = "ORDER BY decided_at_ms, proposal";

    private final PersonScope scope;

    /** The decisions of {@code person}. */
    public JdbcProgrammeDecisionRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public ProposalDecision save(ProposalDecision decision) {
        ProposalDecision saved = toMillis(decision);
        scope.useTransaction(handle -> {
            Proposal proposal = saved.proposal();
            boolean known = handle.createQuery(
                                    "SELECT COUNT(*) FROM programme_decision WHERE person_id = :person AND proposal = :id")
                            .bind(PersonScope.PERSON, scope.id())
                            .bind("id", proposal.id().value())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (known) {
                throw new ProposalAlreadyDecidedException(proposal.id());
            }
            Update insert = handle.createUpdate("INSERT INTO programme_decision (person_id, proposal, at_ms, kind, "
                            + "from_level, to_level, reason, steady_from, steady_to, planned, due, done, start_entries, "
                            + "start_total, end_entries, end_total, answer, decided_at_ms) VALUES (:person, :id, :at, "
                            + ":kind, :from, :to, :reason, :steadyFrom, :steadyTo, :planned, :due, :done, "
                            + ":startEntries, :startTotal, :endEntries, :endTotal, :answer, :decidedAt)")
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("id", proposal.id().value())
                    .bind("at", proposal.at().toEpochMilli())
                    .bind("kind", proposal.kind().key())
                    .bind("from", proposal.from().key())
                    .bind("to", proposal.to().key())
                    .bind("reason", proposal.reason().kind().key())
                    .bind("answer", saved.answer().key())
                    .bind("decidedAt", saved.decidedAt().toEpochMilli());
            bindSteadyProgress(insert, proposal.reason());
            insert.execute();
            int position = 1;
            for (FlareUp flareUp : flareUps(proposal.reason())) {
                insertFlareUp(handle, scope.id(), proposal.id(), position++, flareUp);
            }
        });
        return saved;
    }

    @Override
    public List<ProposalDecision> findAll() {
        return scope.withHandle(handle -> read(handle, scope.id(), SELECT + ORDER, Optional.empty()));
    }

    @Override
    public Optional<ProposalDecision> find(ProposalId id) {
        return scope
                .withHandle(handle -> read(handle, scope.id(), SELECT + "AND proposal = :id", Optional.of(id)))
                .stream()
                .findFirst();
    }

    private static void bindSteadyProgress(Update insert, ProposalReason reason) {
        if (reason instanceof SteadyProgress steady) {
            insert.bind("steadyFrom", steady.from().toString())
                    .bind("steadyTo", steady.to().toString())
                    .bind("planned", steady.adherence().planned())
                    .bind("due", steady.adherence().due())
                    .bind("done", steady.adherence().done())
                    .bind("startEntries", steady.startMean().entries())
                    .bind("startTotal", steady.startMean().total())
                    .bind("endEntries", steady.endMean().entries())
                    .bind("endTotal", steady.endMean().total());
            return;
        }
        for (String name : List.of("steadyFrom", "steadyTo")) {
            insert.bindNull(name, java.sql.Types.VARCHAR);
        }
        for (String name : List.of("planned", "due", "done", "startEntries", "startTotal", "endEntries", "endTotal")) {
            insert.bindNull(name, java.sql.Types.INTEGER);
        }
    }

    private static List<FlareUp> flareUps(ProposalReason reason) {
        if (reason instanceof FlareUp flareUp) {
            return List.of(flareUp);
        }
        if (reason instanceof RepeatedFlareUps repeated) {
            return repeated.flareUps();
        }
        return List.of();
    }

    private static void insertFlareUp(Handle handle, String person, ProposalId id, int position, FlareUp flareUp) {
        Update insert = handle.createUpdate("INSERT INTO programme_flare_up (person_id, proposal, position, kind, "
                        + "at_ms, routine, pain, earlier_entries, earlier_total) VALUES (:person, :id, :position, "
                        + ":kind, :at, :routine, :pain, :earlierEntries, :earlierTotal)")
                .bind(PersonScope.PERSON, person)
                .bind("id", id.value())
                .bind("position", position)
                .bind("kind", flareUp.kind().key())
                .bind("at", flareUp.at().toEpochMilli());
        if (flareUp instanceof StoppedForPain stopped) {
            insert.bind("routine", stopped.routine().value())
                    .bindNull("pain", java.sql.Types.INTEGER)
                    .bindNull("earlierEntries", java.sql.Types.INTEGER)
                    .bindNull("earlierTotal", java.sql.Types.INTEGER);
        } else if (flareUp instanceof PainAboveMean above) {
            insert.bindNull("routine", java.sql.Types.VARCHAR)
                    .bind("pain", above.pain())
                    .bind("earlierEntries", above.earlierEntries())
                    .bind("earlierTotal", above.earlierTotal());
        }
        insert.execute();
    }

    private static List<ProposalDecision> read(Handle handle, String person, String sql, Optional<ProposalId> id) {
        Map<String, List<FlareUp>> flareUps = new HashMap<>();
        String flareSql = "SELECT proposal, kind, at_ms, routine, pain, earlier_entries, earlier_total "
                + "FROM programme_flare_up WHERE person_id = :person " + (id.isPresent() ? "AND proposal = :id " : "")
                + "ORDER BY proposal, position";
        var flareQuery = handle.createQuery(flareSql).bind(PersonScope.PERSON, person);
        id.ifPresent(value -> flareQuery.bind("id", value.value()));
        flareQuery
                .map((row, context) -> flareUps.computeIfAbsent(row.getString("proposal"), key -> new ArrayList<>())
                        .add(flareUp(row)))
                .list();
        var query = handle.createQuery(sql).bind(PersonScope.PERSON, person);
        id.ifPresent(value -> query.bind("id", value.value()));
        return query.map((row, context) -> decision(row, flareUps)).list();
    }

    private static FlareUp flareUp(ResultSet row) throws SQLException {
        Instant at = Instant.ofEpochMilli(row.getLong("at_ms"));
        if ("stopped-for-pain".equals(row.getString("kind"))) {
            return new StoppedForPain(at, new RoutineId(row.getString("routine")));
        }
        return new PainAboveMean(at, row.getInt("pain"), row.getInt("earlier_entries"), row.getInt("earlier_total"));
    }

    private static ProposalDecision decision(ResultSet row, Map<String, List<FlareUp>> flareUps) throws SQLException {
        String id = row.getString("proposal");
        ProposalKind kind = ProposalKind.fromKey(row.getString("kind"))
                .orElseThrow(() -> new IllegalStateException("unknown proposal kind in programme_decision"));
        List<FlareUp> named = flareUps.getOrDefault(id, List.of());
        ProposalReason reason =
                switch (kind) {
                    case STEP_UP -> steadyProgress(row);
                    case STEP_DOWN -> named.get(0);
                    case CHECK -> new RepeatedFlareUps(named);
                };
        Proposal proposal = new Proposal(
                new ProposalId(id),
                Instant.ofEpochMilli(row.getLong("at_ms")),
                kind,
                level(row.getString("from_level")),
                level(row.getString("to_level")),
                reason);
        Answer answer = Answer.fromKey(row.getString("answer"))
                .orElseThrow(() -> new IllegalStateException("unknown answer in programme_decision"));
        return new ProposalDecision(proposal, answer, Instant.ofEpochMilli(row.getLong("decided_at_ms")));
    }

    private static SteadyProgress steadyProgress(ResultSet row) throws SQLException {
        LocalDate from = LocalDate.parse(row.getString("steady_from"));
        LocalDate to = LocalDate.parse(row.getString("steady_to"));
        return new SteadyProgress(
                from,
                to,
                new Adherence(row.getInt("planned"), row.getInt("due"), row.getInt("done")),
                mean(from, row.getInt("start_entries"), row.getInt("start_total")),
                mean(to, row.getInt("end_entries"), row.getInt("end_total")));
    }

    /** The mean of the {@link Programme#MEAN_DAYS} days ending {@code to}, as the rules compute it. */
    private static PainMean mean(LocalDate to, int entries, int total) {
        return new PainMean(to.minusDays(Programme.MEAN_DAYS - 1L), to, entries, total);
    }

    private static DosageLevel level(String key) {
        return DosageLevel.fromKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown level in programme_decision"));
    }

    private static ProposalDecision toMillis(ProposalDecision decision) {
        Proposal proposal = decision.proposal();
        Proposal cut = new Proposal(
                proposal.id(),
                millis(proposal.at()),
                proposal.kind(),
                proposal.from(),
                proposal.to(),
                reasonToMillis(proposal.reason()));
        return new ProposalDecision(cut, decision.answer(), millis(decision.decidedAt()));
    }

    private static ProposalReason reasonToMillis(ProposalReason reason) {
        if (reason instanceof FlareUp flareUp) {
            return flareUpToMillis(flareUp);
        }
        if (reason instanceof RepeatedFlareUps repeated) {
            return new RepeatedFlareUps(repeated.flareUps().stream()
                    .map(JdbcProgrammeDecisionRepository::flareUpToMillis)
                    .toList());
        }
        return reason;
    }

    private static FlareUp flareUpToMillis(FlareUp flareUp) {
        if (flareUp instanceof StoppedForPain stopped) {
            return new StoppedForPain(millis(stopped.at()), stopped.routine());
        }
        PainAboveMean above = (PainAboveMean) flareUp;
        return new PainAboveMean(millis(above.at()), above.pain(), above.earlierEntries(), above.earlierTotal());
    }

    private static Instant millis(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }
}
