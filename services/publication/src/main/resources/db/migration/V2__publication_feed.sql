-- The order in which releases were published, for the delta feed (GET /published/changes).
-- Publications take an advisory lock and number themselves max + 1 inside it, so a number is
-- committed only after every smaller one: a reader that has seen number n never later finds a
-- release numbered below n.
alter table release add column publication_seq bigint unique;

-- Releases published before this column existed, numbered in the order they were published.
alter table release disable trigger release_guard;
update release r set publication_seq = s.seq
  from (select release_id,
               row_number() over (order by published_at, round_id, version) as seq
          from release where status = 'PUBLISHED') s
 where r.release_id = s.release_id;
alter table release enable trigger release_guard;

alter table release add constraint release_published_has_seq
  check ((status = 'PUBLISHED') = (publication_seq is not null));

-- Diffs compare two snapshots of one round cell by cell.
create index release_value_cells on release_value (release_id, indicator, level, type, county,
    organisation, category);
