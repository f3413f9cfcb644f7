-- One verdict per judged submission revision.
create table verdict (
    round_id      text        not null,
    organisation  text        not null,
    revision      int         not null,
    status        text        not null check (status in ('ACCEPTED', 'REJECTED')),
    violations    jsonb       not null default '[]',
    judged_at     timestamptz not null default now(),
    primary key (round_id, organisation, revision)
);
