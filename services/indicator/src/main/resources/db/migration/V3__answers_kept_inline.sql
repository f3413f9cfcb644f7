-- An answer set (~2-3 kB of jsonb) and an organisation's cells (~1-2 kB) are written for every
-- accepted revision. Above ~2 kB PostgreSQL compresses a row's large values (TOAST) until the row
-- fits its toast_tuple_target; that compression was a measurable share of the database's CPU on
-- the hot path. With the target at its maximum, rows up to ~8 kB stay inline and uncompressed;
-- larger ones are still compressed as before.
alter table answer_set set (toast_tuple_target = 8160);
alter table organisation_value set (toast_tuple_target = 8160);
