-- The city districts of the largest cities, so a round can invite them as the agency does
-- ("kommuner och stadsdelar"). Code = the parent municipality's code, a hyphen and the district's
-- number; county = the parent's county. Stockholm's 13 district boards (stadsdelsnämnder, since
-- 2020). Göteborg (2021) and Malmö (2017) replaced their district boards with city-wide boards and
-- have no city districts to invite today.
insert into organisation (code, name, type, county) values
    ('0180-01', 'Rinkeby-Kista stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-02', 'Spånga-Tensta stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-03', 'Hässelby-Vällingby stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-04', 'Bromma stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-05', 'Kungsholmens stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-06', 'Norrmalms stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-07', 'Östermalms stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-08', 'Södermalms stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-09', 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-10', 'Skarpnäcks stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-11', 'Farsta stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-12', 'Hägersten-Älvsjö stadsdelsförvaltning', 'CITY_DISTRICT', '01'),
    ('0180-13', 'Skärholmens stadsdelsförvaltning', 'CITY_DISTRICT', '01')
on conflict (code) do nothing;
