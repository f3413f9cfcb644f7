-- A row Kafka can never take (larger than the topic allows, say) is set aside by the relay with
-- its reason, instead of being retried for ever in front of every later row (docs/reliability.md).
alter table outbox_event add column failed_at timestamptz;
alter table outbox_event add column failure text;
drop index if exists outbox_event_unsent;
create index outbox_event_unsent on outbox_event (seq) where sent_at is null and failed_at is null;
