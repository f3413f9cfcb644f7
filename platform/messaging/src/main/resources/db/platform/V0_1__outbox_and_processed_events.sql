-- Shared by every service that publishes or consumes events (Flyway location db/platform).

-- The transactional outbox: a row is written in the same transaction as the state change it
-- announces; the relay publishes it to Kafka and marks it sent only after Kafka acknowledged.
create table outbox_event (
    seq         bigserial    primary key,
    id          uuid         not null unique,
    topic       text         not null,
    event_key   text         not null,
    event_type  text         not null,
    source      text         not null,
    subject     text,
    event_time  timestamptz  not null,
    payload     text         not null,
    created_at  timestamptz  not null default now(),
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Ids of consumed events, recorded in the transaction of their effect: a redelivery is a no-op.
create table processed_event (
    consumer      text         not null,
    event_id      text         not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
