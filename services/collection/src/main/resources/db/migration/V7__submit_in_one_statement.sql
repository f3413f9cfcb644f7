-- A submit in one statement. The respondent's path was nine round trips (begin, lock the round,
-- lock the invitation, number the revision, insert it, its outbox row, its audit line, commit),
-- and PostgreSQL spent most of its time per submission on their protocol, not on the work.
-- Called on its own (auto-commit), the call is the transaction: the three rows commit together
-- or not at all. Each statement inside sees what committed before it ran (read committed), so the
-- locks are taken before the revisions are counted, as in the transaction it replaces.
--
-- The event's subject and payload are rendered by the service around the revision's number,
-- which only this function knows: subject = p_subject_head || n, payload = p_payload_head || n
-- || p_payload_tail.
--
-- Outcomes (nothing is written unless 'stored'):
--   unknown-round  no round has the id
--   not-invited    the organisation is not in the round's population (round_status says why)
--   replayed       the Idempotency-Key was used before: revision_number is that revision
--   not-open       the round is not OPEN, or p_today is after the organisation's last_day
--   stored         revision_number was stored as RECEIVED with its event and audit line
create function submit_revision(
    p_round           text,
    p_organisation    text,
    p_key             text,
    p_today           date,
    p_answers         text,
    p_comments        text,
    p_submitted_at    timestamptz,
    p_submitted_by    text,
    p_on_behalf       boolean,
    p_actor_subject   text,
    p_actor_name      text,
    p_event_id        uuid,
    p_topic           text,
    p_event_key       text,
    p_event_type      text,
    p_source          text,
    p_subject_head    text,
    p_event_time      timestamptz,
    p_payload_head    text,
    p_payload_tail    text,
    p_traceparent     text,
    p_tracestate      text,
    out outcome          text,
    out round_status     text,
    out last_day         date,
    out revision_number  integer)
language plpgsql
as $$
declare
    v_next  integer;
begin
    -- against closing: a round is closed under its row's exclusive lock
    select r.status into round_status from survey_round r where r.id = p_round for key share;
    if not found then
        outcome := 'unknown-round';
        return;
    end if;
    -- against a concurrent submit of the same organisation; extensions lock the round's row
    select greatest(r.closes_at, (select e.closes_at from round_extension e
                                   where e.round_id = r.id and e.organisation_code = i.organisation_code
                                   order by e.id desc limit 1))
      into last_day
      from round_invitation i join survey_round r on r.id = i.round_id
     where i.round_id = p_round and i.organisation_code = p_organisation
       for no key update of i;
    if not found then
        outcome := 'not-invited';
        return;
    end if;
    -- two index lookups (the unique key, the primary key's last entry), not a pass over every
    -- revision of the organisation
    select s.revision into revision_number
      from submission_revision s
     where s.round_id = p_round and s.organisation_code = p_organisation
       and s.idempotency_key = p_key;
    if revision_number is not null then
        outcome := 'replayed';
        return;
    end if;
    select coalesce(max(s.revision), 0) + 1 into v_next
      from submission_revision s
     where s.round_id = p_round and s.organisation_code = p_organisation;
    if round_status <> 'OPEN' or (last_day is not null and p_today > last_day) then
        outcome := 'not-open';
        return;
    end if;
    insert into submission_revision
        (round_id, organisation_code, revision, answers, comments, status, submitted_at,
         idempotency_key, submitted_by, on_behalf)
    values
        (p_round, p_organisation, v_next, p_answers, p_comments, 'RECEIVED', p_submitted_at,
         p_key, p_submitted_by, p_on_behalf);
    insert into outbox_event
        (id, topic, event_key, event_type, source, subject, event_time, payload, traceparent,
         tracestate)
    values
        (p_event_id, p_topic, p_event_key, p_event_type, p_source, p_subject_head || v_next,
         p_event_time, p_payload_head || v_next || p_payload_tail, p_traceparent, p_tracestate);
    insert into audit_event
        (round_id, action, organisation_code, detail, actor_subject, actor_name, on_behalf)
    values
        (p_round, 'submission.submitted', p_organisation, 'revision ' || v_next, p_actor_subject,
         p_actor_name, p_on_behalf);
    outcome := 'stored';
    revision_number := v_next;
end;
$$;
