-- A round may open and close by itself at its dates (the RoundScheduler); both off by default.
alter table survey_round
    add column auto_open   boolean not null default false,
    add column auto_close  boolean not null default false;

-- Extensions of the closing date: for the whole round (organisation_code '') or for one
-- organisation. Every extension is kept; the latest per organisation applies. A round-wide
-- extension also moves survey_round.closes_at.
create table round_extension (
    id                 bigserial    primary key,
    round_id           text         not null references survey_round,
    organisation_code  text         not null default '',
    closes_at          date         not null,
    extended_at        timestamptz  not null default now(),
    extended_by        text
);
create index round_extension_round on round_extension (round_id, organisation_code, id);

-- The scheduler's search: rounds that may be due to open or close.
create index survey_round_scheduled on survey_round (status) where auto_open or auto_close;
