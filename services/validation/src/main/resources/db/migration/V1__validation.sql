-- The validation service's own state. Rounds and populations are learnt from round.opened
-- events only; verdicts are written in the same transaction as their outbox row and the
-- consumed event id (processed_event, from db/platform).

-- A round as announced by round.opened: the questionnaire it uses, kept verbatim.
create table round (
    round_id               text        primary key,
    questionnaire_id       text        not null,
    questionnaire_version  int         not null,
    questionnaire          jsonb       not null,
    opens_at               date,
    closes_at              date,
    opened_at              timestamptz not null default now(),
    closed_at              timestamptz,
    revisions_received     bigint
);

-- The round's population: who may answer, and the type and county the rules see as org.
create table round_member (
    round_id           text not null references round (round_id),
    organisation       text not null,
    organisation_type  text not null,
    county             text,
    primary key (round_id, organisation)
);

-- One verdict per judged submission revision.
create table verdict (
    round_id               text        not null,
    organisation           text        not null,
    revision               int         not null,
    status                 text        not null check (status in ('ACCEPTED', 'REJECTED')),
    violations             jsonb       not null default '[]',
    organisation_type      text,
    county                 text,
    questionnaire_id       text        not null,
    questionnaire_version  int         not null,
    submission_event_id    text        not null,
    submitted_at           timestamptz,
    judged_at              timestamptz not null default now(),
    primary key (round_id, organisation, revision)
);
create index verdict_by_round on verdict (round_id, organisation, revision desc);

-- Submissions whose round.opened has not arrived yet; judged and deleted when it does.
create table pending_submission (
    event_id      text        primary key,
    round_id      text        not null,
    organisation  text        not null,
    revision      int         not null,
    payload       text        not null,
    parked_at     timestamptz not null default now()
);
create index pending_submission_by_round on pending_submission (round_id, parked_at);
