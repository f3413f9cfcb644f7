-- Answer sets and organisation cells are written for every accepted revision and only ever read
-- back whole (this service computes with them in memory, never inside SQL, apart from spreading
-- an organisation's cells out into rows for queries, which json_each does as well). Stored as
-- jsonb, PostgreSQL converted every one on the way in (parsing numbers, sorting keys) and back to
-- text on the way out: the largest share of the database's CPU on the hot path. The json type
-- keeps the validated text as it came.
alter table answer_set alter column answers type json using answers::json;
alter table organisation_value alter column cells drop default;
alter table organisation_value alter column cells type json using cells::json;
alter table organisation_value alter column cells set default '{}';
