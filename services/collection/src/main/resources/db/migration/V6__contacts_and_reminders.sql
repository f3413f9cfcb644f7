-- The respondents of each organisation that reminders go to: kept with the organisation register
-- (the agency's contact list), set by administrators (PUT /organisations/{code}/contacts).
create table respondent_contact (
    organisation_code  text  not null references organisation (code),
    email              text  not null,
    name               text,
    primary key (organisation_code, email)
);

-- A reminder to one organisation in one round, asked for by an administrator. Its text is fixed
-- when it is queued, so a mail sent again after a crash is the same mail.
create table reminder (
    id                 uuid         primary key,
    round_id           text         not null references survey_round,
    organisation_code  text         not null,
    requested_at       timestamptz  not null default now(),
    requested_by       text,
    subject            text         not null,
    body               text         not null
);
create index reminder_round on reminder (round_id, organisation_code, requested_at);

-- One mail of a reminder per respondent. QUEUED until the SMTP server accepted it, then SENT.
-- message_id is fixed when the reminder is queued: a resend after a crash carries the same one.
create table reminder_mail (
    reminder_id  uuid         not null references reminder,
    email        text         not null,
    name         text,
    message_id   text         not null unique,
    status       text         not null default 'QUEUED' check (status in ('QUEUED', 'SENT')),
    sent_at      timestamptz,
    primary key (reminder_id, email)
);
