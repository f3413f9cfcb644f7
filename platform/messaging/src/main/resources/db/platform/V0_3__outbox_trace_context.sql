-- The W3C trace context of the request or event that wrote the row, so the relay continues that
-- trace on Kafka (traceparent/tracestate headers beside the CloudEvents attributes). Null when
-- tracing is off or nothing was traced.
alter table outbox_event add column traceparent text;
alter table outbox_event add column tracestate text;
