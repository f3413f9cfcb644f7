-- Questionnaire versions as uploaded; a version never changes once stored.
create table questionnaire_version (
    id          text         not null,
    version     integer      not null,
    content     text         not null,   -- the questionnaire JSON, canonical form
    created_at  timestamptz  not null default now(),
    primary key (id, version)
);

-- Survey rounds: DRAFT -> OPEN -> CLOSED.
create table survey_round (
    id                     text         primary key,
    title                  text         not null,   -- JSON: a string or {sv, en}
    questionnaire_id       text         not null,
    questionnaire_version  integer      not null,
    population             text         not null,   -- JSON: {types: [...]} or {organisations: [...]}
    opens_at               date         not null,
    closes_at              date         not null,
    status                 text         not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at             timestamptz  not null default now(),
    opened_at              timestamptz,
    closed_at              timestamptz,
    foreign key (questionnaire_id, questionnaire_version) references questionnaire_version
);
create index survey_round_status on survey_round (status);

-- The population resolved when the round opened: who may answer, with name, type and county as
-- they were then (a later change in the register does not change an open round).
create table round_invitation (
    round_id           text  not null references survey_round,
    organisation_code  text  not null,
    name               text  not null,
    type               text  not null,
    county             text  not null,
    primary key (round_id, organisation_code)
);
create index round_invitation_organisation on round_invitation (organisation_code);

-- One organisation's saved, unsubmitted answers in a round.
create table submission_draft (
    round_id           text         not null,
    organisation_code  text         not null,
    answers            text         not null,
    comments           text         not null,
    saved_at           timestamptz  not null,
    primary key (round_id, organisation_code),
    foreign key (round_id, organisation_code) references round_invitation
);

-- Every submitted revision; each has its own status, set by the validation service's verdict.
create table submission_revision (
    round_id           text         not null,
    organisation_code  text         not null,
    revision           integer      not null,
    answers            text         not null,
    comments           text         not null,
    status             text         not null check (status in ('RECEIVED', 'ACCEPTED', 'REJECTED')),
    violations         text,        -- JSON array of {question, code, message} once judged
    submitted_at       timestamptz  not null,
    validated_at       timestamptz,
    idempotency_key    text         not null,
    primary key (round_id, organisation_code, revision),
    unique (round_id, organisation_code, idempotency_key),
    foreign key (round_id, organisation_code) references round_invitation
);
