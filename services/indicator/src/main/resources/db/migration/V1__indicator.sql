-- The indicator service's state: rounds, their populations, the latest accepted answers per
-- organisation, indicator definitions, and value cells kept up to date incrementally.

-- Versions of a round's definition set come from a sequence, never reused even when a transaction
-- rolls back, so a cached compiled set can be trusted exactly when its version matches.
create sequence definitions_version;

-- One row per round; created by whichever of round.opened, round.closed or a verdict arrives
-- first (topics are not ordered with each other). Every transaction that changes a round's values
-- locks this row first, so changes to one round are applied one at a time.
create table round (
    round_id            text        primary key,
    questionnaire       jsonb,
    title               jsonb,
    opened_at           timestamptz,
    closed_at           timestamptz,
    revisions_received  bigint,
    verdicts_applied    bigint      not null default 0,
    definitions_version bigint      not null default 0,
    final_announced_at  timestamptz
);

create table invited_organisation (
    round_id      text not null,
    organisation  text not null,
    name          text,
    org_type      text not null,
    county        text,
    primary key (round_id, organisation)
);

-- The latest accepted revision of each organisation's answers (normalised, as validation sent).
create table answer_set (
    round_id      text        not null,
    organisation  text        not null,
    org_type      text        not null,
    county        text,
    revision      integer     not null,
    answers       jsonb       not null,
    accepted_at   timestamptz,
    primary key (round_id, organisation)
);

-- Every verdict (accepted or rejected) applied, once per revision: the count of rows per round is
-- what round.values.final waits for (see docs/indicator.md).
create table applied_verdict (
    round_id      text    not null,
    organisation  text    not null,
    revision      integer not null,
    outcome       text    not null check (outcome in ('ACCEPTED', 'REJECTED')),
    primary key (round_id, organisation, revision)
);

-- Definitions per round: defaults derived from the questionnaire, and custom ones.
create table indicator_definition (
    round_id          text        not null,
    indicator_id      text        not null,
    kind              text        not null check (kind in ('DEFAULT', 'CUSTOM')),
    title             jsonb       not null,
    description       jsonb,
    focus_area        text,
    numerator         text        not null,
    denominator       text        not null,
    direction         text        check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source_questions  jsonb       not null default '[]',
    categories        jsonb       not null default '[]',
    position          integer     not null,
    created_at        timestamptz not null default now(),
    primary key (round_id, indicator_id)
);

-- Value cells. Absent dimensions are '' (not null) so that they take part in the primary key.
-- A cell exists while its denominator is above 0. No check constraints on the counts: changes are
-- upserted as signed deltas, and PostgreSQL checks the proposed row (say numerator -1) before it
-- finds the conflict that would have turned it into an update.
create table indicator_value (
    round_id      text   not null,
    indicator_id  text   not null,
    level         text   not null check (level in ('national', 'county', 'organisation')),
    org_type      text   not null,
    county        text   not null,
    organisation  text   not null,
    category      text   not null,
    numerator     bigint not null,
    denominator   bigint not null,
    primary key (round_id, indicator_id, level, org_type, county, organisation, category)
);
