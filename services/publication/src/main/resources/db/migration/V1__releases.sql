-- Releases: immutable, versioned snapshots of a round's values, published to dashboards.
create table release (
    release_id    uuid        primary key,
    round_id      text        not null,
    version       int         not null,
    status        text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    unique (round_id, version)
);
