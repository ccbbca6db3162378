-- Every row belongs to a person (person_id, the id of io.nape.core.person.PersonId). Rows written
-- before belong to the one local person, 'local'; from now on every write names its person (no
-- default). What was unique in the database is now unique per person, and every index starts with
-- the person. Ids still come from one sequence per table, but a restored file keeps its own ids, so
-- they are unique per person only.
--
-- Row-level security is a second wall behind the repositories' own filter: a row is seen, written,
-- changed and deleted only while the transaction's setting nape.person names its person
-- (set_config('nape.person', ..., true)); with no setting, no row. FORCE puts the tables' owner
-- under the policies too; superusers and roles with BYPASSRLS never are, so the application must
-- connect as a role that is neither (docs/architecture.md, Data).

ALTER TABLE session_log ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE session_exercise ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE screening ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE screening_reason ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE psfs_answer ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE psfs_rating ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE programme_decision ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE programme_flare_up ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE pain_entry ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE reminder_log ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE plan_settings ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';
ALTER TABLE reminder_pause ADD COLUMN person_id TEXT NOT NULL DEFAULT 'local';

ALTER TABLE session_log ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE session_exercise ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE screening ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE screening_reason ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE psfs_answer ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE psfs_rating ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE programme_decision ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE programme_flare_up ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE pain_entry ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE reminder_log ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE plan_settings ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE reminder_pause ALTER COLUMN person_id DROP DEFAULT;

-- A child names its parent with the person, so that it can only belong to a row of the same person.
ALTER TABLE session_exercise DROP CONSTRAINT session_exercise_session_id_fkey;
ALTER TABLE screening_reason DROP CONSTRAINT screening_reason_screening_id_fkey;
ALTER TABLE psfs_rating DROP CONSTRAINT psfs_rating_answer_id_fkey;
ALTER TABLE programme_flare_up DROP CONSTRAINT programme_flare_up_proposal_fkey;

ALTER TABLE session_log DROP CONSTRAINT session_log_pkey;
ALTER TABLE session_log ADD CONSTRAINT session_log_pkey PRIMARY KEY (person_id, id);
ALTER TABLE session_exercise DROP CONSTRAINT session_exercise_pkey;
ALTER TABLE session_exercise ADD CONSTRAINT session_exercise_pkey PRIMARY KEY (person_id, session_id, position);
ALTER TABLE session_exercise ADD CONSTRAINT session_exercise_session_fkey FOREIGN KEY (person_id, session_id)
    REFERENCES session_log (person_id, id) ON DELETE CASCADE;

ALTER TABLE screening DROP CONSTRAINT screening_pkey;
ALTER TABLE screening ADD CONSTRAINT screening_pkey PRIMARY KEY (person_id, id);
ALTER TABLE screening_reason DROP CONSTRAINT screening_reason_pkey;
ALTER TABLE screening_reason ADD CONSTRAINT screening_reason_pkey PRIMARY KEY (person_id, screening_id, position);
ALTER TABLE screening_reason ADD CONSTRAINT screening_reason_screening_fkey FOREIGN KEY (person_id, screening_id)
    REFERENCES screening (person_id, id) ON DELETE CASCADE;

ALTER TABLE psfs_answer DROP CONSTRAINT psfs_answer_pkey;
ALTER TABLE psfs_answer ADD CONSTRAINT psfs_answer_pkey PRIMARY KEY (person_id, id);
ALTER TABLE psfs_rating DROP CONSTRAINT psfs_rating_pkey;
ALTER TABLE psfs_rating ADD CONSTRAINT psfs_rating_pkey PRIMARY KEY (person_id, answer_id, position);
ALTER TABLE psfs_rating ADD CONSTRAINT psfs_rating_answer_fkey FOREIGN KEY (person_id, answer_id)
    REFERENCES psfs_answer (person_id, id) ON DELETE CASCADE;

-- A proposal is answered once per person.
ALTER TABLE programme_decision DROP CONSTRAINT programme_decision_pkey;
ALTER TABLE programme_decision ADD CONSTRAINT programme_decision_pkey PRIMARY KEY (person_id, proposal);
ALTER TABLE programme_flare_up DROP CONSTRAINT programme_flare_up_pkey;
ALTER TABLE programme_flare_up ADD CONSTRAINT programme_flare_up_pkey PRIMARY KEY (person_id, proposal, position);
ALTER TABLE programme_flare_up ADD CONSTRAINT programme_flare_up_proposal_fkey FOREIGN KEY (person_id, proposal)
    REFERENCES programme_decision (person_id, proposal) ON DELETE CASCADE;

ALTER TABLE pain_entry DROP CONSTRAINT pain_entry_pkey;
ALTER TABLE pain_entry ADD CONSTRAINT pain_entry_pkey PRIMARY KEY (person_id, id);

ALTER TABLE reminder_log DROP CONSTRAINT reminder_log_pkey;
ALTER TABLE reminder_log ADD CONSTRAINT reminder_log_pkey PRIMARY KEY (person_id, id);

-- The settings and the pause: one row per person, where there was one row (id = 1).
ALTER TABLE plan_settings DROP CONSTRAINT plan_settings_pkey;
ALTER TABLE plan_settings DROP COLUMN id;
ALTER TABLE plan_settings ADD CONSTRAINT plan_settings_pkey PRIMARY KEY (person_id);
ALTER TABLE reminder_pause DROP CONSTRAINT reminder_pause_pkey;
ALTER TABLE reminder_pause DROP COLUMN id;
ALTER TABLE reminder_pause ADD CONSTRAINT reminder_pause_pkey PRIMARY KEY (person_id);

DROP INDEX session_log_started_at;
CREATE INDEX session_log_started_at ON session_log (person_id, started_at_ms);
DROP INDEX screening_at;
CREATE INDEX screening_at ON screening (person_id, at_ms);
DROP INDEX psfs_answer_at;
CREATE INDEX psfs_answer_at ON psfs_answer (person_id, at_ms);
DROP INDEX programme_decision_decided;
CREATE INDEX programme_decision_decided ON programme_decision (person_id, decided_at_ms);
DROP INDEX pain_entry_at;
CREATE INDEX pain_entry_at ON pain_entry (person_id, at_ms);
DROP INDEX reminder_log_event_at;
CREATE INDEX reminder_log_event_at ON reminder_log (person_id, event_at_ms);

-- The second wall.
ALTER TABLE session_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_log FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON session_log
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE session_exercise ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_exercise FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON session_exercise
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE screening ENABLE ROW LEVEL SECURITY;
ALTER TABLE screening FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON screening
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE screening_reason ENABLE ROW LEVEL SECURITY;
ALTER TABLE screening_reason FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON screening_reason
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE psfs_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE psfs_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON psfs_answer
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE psfs_rating ENABLE ROW LEVEL SECURITY;
ALTER TABLE psfs_rating FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON psfs_rating
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE programme_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON programme_decision
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE programme_flare_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_flare_up FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON programme_flare_up
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE pain_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE pain_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON pain_entry
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE reminder_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder_log FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON reminder_log
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE plan_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON plan_settings
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));

ALTER TABLE reminder_pause ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder_pause FORCE ROW LEVEL SECURITY;
CREATE POLICY person_rows ON reminder_pause
    USING (person_id = current_setting('nape.person', true))
    WITH CHECK (person_id = current_setting('nape.person', true));
