-- Who did what in a round: every administrator action and every submission, with the acting
-- user's token subject and name, written in the transaction of the action itself.
create table audit_event (
    id                 bigserial    primary key,
    round_id           text         not null,
    action             text         not null,   -- e.g. round.opened, submission.submitted
    organisation_code  text,
    detail             text,
    actor_subject      text,
    actor_name         text,
    on_behalf          boolean      not null default false,
    at                 timestamptz  not null default now()
);
create index audit_event_round on audit_event (round_id, id);

-- Who submitted each revision (token name, else subject), and whether an administrator submitted
-- it on the organisation's behalf (shown to the organisation's respondents).
alter table submission_revision
    add column submitted_by  text,
    add column on_behalf     boolean not null default false;
