-- Indicator definitions per round: defaults derived from the questionnaire, and custom ones.
create table indicator_definition (
    round_id      text        not null,
    indicator_id  text        not null,
    title         jsonb       not null,
    description   jsonb,
    focus_area    text,
    numerator     text        not null,
    denominator   text        not null,
    kind          text        not null check (kind in ('DEFAULT', 'CUSTOM')),
    created_at    timestamptz not null default now(),
    primary key (round_id, indicator_id)
);
