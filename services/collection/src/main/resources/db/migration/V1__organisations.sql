-- Organisations that can be invited to survey rounds: regions, municipalities, city districts.
create table organisation (
    code        text primary key,
    name        text not null,
    type        text not null check (type in ('REGION', 'MUNICIPALITY', 'CITY_DISTRICT')),
    county      text not null,
    updated_at  timestamptz not null default now()
);
create index organisation_type_county on organisation (type, county);
