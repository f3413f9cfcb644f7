-- A DRAFT release may be discarded by an administrator (DELETE /releases/{id}): it keeps its rows
-- and its version number (never reused), leaves every list of published releases, and can no
-- longer change, like a published one.
alter table release drop constraint release_status_check;
alter table release add constraint release_status_check
    check (status in ('DRAFT', 'PUBLISHED', 'DISCARDED'));

create or replace function guard_release_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status in ('PUBLISHED', 'DISCARDED')
       or new.release_id <> old.release_id or new.round_id <> old.round_id
       or new.version <> old.version then
        raise exception 'release % cannot be changed', old.release_id;
    end if;
    return new;
end;
$$;
