-- The publication service keeps a live copy of what it consumes (rounds, indicator definitions and
-- values, accepted answers) and freezes it into releases: immutable, versioned snapshots.

-- ----- Live copy, updated by events -------------------------------------------------------------

-- A round as announced on enkat.rounds.v1.
create table round (
    round_id            text        primary key,
    title               jsonb,
    questionnaire       jsonb,
    status              text        not null check (status in ('OPEN', 'CLOSED')),
    opens_at            date,
    closes_at           date,
    closed_at           timestamptz,
    revisions_received  bigint
);

-- Every invited organisation, resolved when the round opened.
create table invited_organisation (
    round_id  text not null,
    code      text not null,
    name      text,
    type      text not null,
    county    text,
    primary key (round_id, code)
);

-- round.values.final: the indicator service applied every verdict of the closed round.
create table round_values_final (
    round_id          text        primary key,
    verdicts_applied  bigint      not null,
    final_at          timestamptz not null
);

-- The indicator library; seq keeps the order in which indicators were defined.
create table live_indicator (
    round_id          text        not null,
    indicator_id      text        not null,
    seq               bigserial,
    kind              text        not null,
    title             jsonb,
    description       jsonb,
    focus_area        text,
    numerator         text,
    denominator       text,
    direction         text,
    source_questions  jsonb       not null default '[]',
    categories        jsonb       not null default '[]',
    defined_at        timestamptz,
    primary key (round_id, indicator_id)
);

-- Current values; cell_key joins the dimensions (absent ones as '') so upserts have one key.
create table live_value (
    round_id      text    not null,
    cell_key      text    not null,
    indicator     text    not null,
    level         text    not null,
    type          text,
    county        text,
    organisation  text,
    category      text,
    numerator     bigint  not null,
    denominator   bigint  not null,
    percent       numeric(4, 1),
    primary key (round_id, cell_key)
);

-- The latest accepted revision per organisation (a late older revision changes nothing).
create table accepted_answer (
    round_id           text        not null,
    organisation       text        not null,
    organisation_type  text        not null,
    county             text,
    revision           int         not null,
    answers            jsonb       not null,
    comments           jsonb       not null default '{}',
    validated_at       timestamptz,
    primary key (round_id, organisation)
);

-- Verdicts (accepted and rejected revisions) seen here, to say how far processing has come.
create table verdict_seen (
    round_id      text not null,
    organisation  text not null,
    revision      int  not null,
    primary key (round_id, organisation, revision)
);

-- ----- Releases: written once, never changed ---------------------------------------------------

create table release (
    release_id     uuid        primary key,
    round_id       text        not null,
    version        int         not null,
    status         text        not null check (status in ('DRAFT', 'PUBLISHED')),
    round_title    jsonb,
    questionnaire  jsonb,
    final_at       timestamptz,
    created_at     timestamptz not null default now(),
    published_at   timestamptz,
    unique (round_id, version)
);

create table release_indicator (
    release_id        uuid   not null references release,
    position          int    not null,
    indicator_id      text   not null,
    kind              text   not null,
    title             jsonb,
    description       jsonb,
    focus_area        text,
    numerator         text,
    denominator       text,
    direction         text,
    source_questions  jsonb  not null,
    categories        jsonb  not null,
    primary key (release_id, indicator_id)
);

create table release_value (
    release_id    uuid    not null references release,
    indicator     text    not null,
    level         text    not null,
    type          text,
    county        text,
    organisation  text,
    category      text,
    numerator     bigint  not null,
    denominator   bigint  not null,
    percent       numeric(4, 1)
);
create index release_value_lookup on release_value (release_id, indicator, level);

create table release_answer (
    release_id    uuid   not null references release,
    organisation  text   not null,
    name          text,
    type          text   not null,
    county        text,
    revision      int    not null,
    answers       jsonb  not null,
    comments      jsonb  not null,
    primary key (release_id, organisation)
);

create table release_response_rate (
    release_id  uuid  not null references release,
    type        text  not null,
    invited     int   not null,
    answered    int   not null,
    primary key (release_id, type)
);

-- A snapshot row is written once: updates and deletes are refused by the database itself.
create function refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    raise exception 'release snapshots are immutable (% on %)', tg_op, tg_table_name;
end;
$$;

create trigger release_indicator_immutable before update or delete on release_indicator
    for each row execute function refuse_snapshot_change();
create trigger release_value_immutable before update or delete on release_value
    for each row execute function refuse_snapshot_change();
create trigger release_answer_immutable before update or delete on release_answer
    for each row execute function refuse_snapshot_change();
create trigger release_response_rate_immutable before update or delete on release_response_rate
    for each row execute function refuse_snapshot_change();

-- A release may only go from DRAFT to PUBLISHED; once published, nothing about it changes.
create function guard_release_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status = 'PUBLISHED'
       or new.release_id <> old.release_id or new.round_id <> old.round_id
       or new.version <> old.version then
        raise exception 'release % cannot be changed', old.release_id;
    end if;
    return new;
end;
$$;

create trigger release_guard before update or delete on release
    for each row execute function guard_release_change();
