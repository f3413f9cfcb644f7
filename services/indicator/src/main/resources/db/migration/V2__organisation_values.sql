-- Organisation-level values move out of indicator_value into one row per organisation: each
-- accepted answer set changes about forty organisation cells, and writing them as one JSON row
-- instead of forty keyed rows is what lets the service keep up with thousands of answer sets a
-- second. indicator_value keeps the national and county cells, which many respondents share.
--
-- cells: {"<indicator id>": {"<category, '' for a share>": [numerator, denominator]}}; a cell
-- exists while its denominator is above 0, as in indicator_value.
create table organisation_value (
    round_id      text  not null,
    organisation  text  not null,
    org_type      text  not null,
    county        text,
    cells         jsonb not null default '{}',
    primary key (round_id, organisation)
);

insert into organisation_value (round_id, organisation, org_type, county, cells)
select round_id, organisation, min(org_type), nullif(min(county), ''),
       jsonb_object_agg(indicator_id, categories)
from (select round_id, organisation, org_type, county, indicator_id,
             jsonb_object_agg(category, jsonb_build_array(numerator, denominator)) as categories
      from indicator_value
      where level = 'organisation'
      group by round_id, organisation, org_type, county, indicator_id) as per_indicator
group by round_id, organisation;

delete from indicator_value where level = 'organisation';
alter table indicator_value add constraint indicator_value_shared_levels
    check (level in ('national', 'county'));

-- This service's announcements are large (a batch of answer sets changes tens of thousands of
-- organisation cells): compressing each outbox payload (PostgreSQL's default above ~2 kB) costs
-- more CPU on the hot path than the disk it saves for rows that are read once and then purged.
alter table outbox_event alter column payload set storage external;
