-- Reference data from the City Council's ambition for 2030 and the ministry list rules
-- (almenboligloven §§ 61 a–61 b). The theme → effect goal links are a proposal: the council's text
-- does not map them, so they are data the municipality can change.

INSERT INTO effect_goal (code, name_da, name_en, sort_order) VALUES
('do-better', 'Flere skal klare sig bedre', 'More people do better', 1),
('mix-more', 'Vi skal blande os mere med hinanden', 'We mix more with each other', 2),
('attractive-districts', N'Vi skal gå fra udsatte boligområder til attraktive bydele', 'From vulnerable housing areas to attractive districts', 3);

INSERT INTO theme (code, name_da, name_en, effect_goal_code, sort_order) VALUES
('health', 'Sundhed', 'Health', 'do-better', 1),
('self-sufficiency', N'Selvforsørgelse', 'Self-sufficiency', 'do-better', 2),
('citizenship', 'Medborgerskab og deltagelse', 'Citizenship and participation', 'do-better', 3),
('institution-mix', 'Socialt miks i de kommunale institutioner', 'Social mix in municipal institutions', 'mix-more', 4),
('leisure-mix', 'Socialt miks i fritiden', 'Social mix in leisure time', 'mix-more', 5),
('resident-mix', N'Blandet beboersammensætning', 'Mixed resident composition', 'mix-more', 6),
('safety', 'Tryghed', 'Safety', 'attractive-districts', 7),
('city-life', 'Byliv', 'City life', 'attractive-districts', 8),
('image', 'Image', 'Image', 'attractive-districts', 9);

INSERT INTO area_kind (code, name_da, name_en, sort_order) VALUES
('country', 'Land', 'Country', 1),
('region', 'Region', 'Region', 2),
('municipality', 'Kommune', 'Municipality', 3),
('social-balance-area', N'Social Balance-område', 'Social Balance area', 4),
('housing-area', N'Boligområde', 'Housing area', 5);

INSERT INTO area (code, name_da, name_en, kind_code, parent_code, note_da, note_en, sort_order) VALUES
('denmark', 'Hele landet', 'Denmark (whole country)', 'country', NULL, 'Landsgennemsnit (ministeriets kriterium 2).', 'National averages (ministry criterion 2).', 1),
('region-hovedstaden', 'Region Hovedstaden', 'Capital Region of Denmark', 'region', 'denmark', 'Regionale gennemsnit (ministeriets kriterium 4).', 'Regional averages (ministry criterion 4).', 2),
('gladsaxe', 'Gladsaxe Kommune', 'Gladsaxe Municipality', 'municipality', 'region-hovedstaden', 'Reference for alle afstande. Ca. 69.000 indbyggere.', 'The reference for every gap. About 69,000 residents.', 3),
('hoeje-gladsaxe', N'Høje Gladsaxe', N'Høje Gladsaxe', 'social-balance-area', 'gladsaxe', N'Ca. 4.500 beboere, 1.921 lejligheder (opført 1962–68). Har aldrig været på ministeriets lister.', N'About 4,500 residents, 1,921 flats (built 1962–68). Never on any ministry list.', 4),
('moerkhoej', N'Mørkhøj almene boliger', N'Mørkhøj social housing', 'social-balance-area', 'gladsaxe', NULL, NULL, 5),
('vaerebro-park', N'Værebro Park', N'Værebro Park', 'social-balance-area', 'gladsaxe', N'1.345 lejemål (opført 1966–68). Forebyggelsesområde på listen 1. december 2021.', N'1,345 tenancies (built 1966–68). Prevention area on the list of 1 December 2021.', 6),
('pileparkerne', 'Pileparkerne', 'Pileparkerne', 'housing-area', 'moerkhoej', N'Forebyggelsesområde på listen 1. december 2021.', 'Prevention area on the list of 1 December 2021.', 7);

-- Housing organisations as named in public sources; the municipality confirms who reports for which area.
INSERT INTO organisation (code, name_da, name_en, kind) VALUES
('gladsaxe-kommune', 'Gladsaxe Kommune', 'Gladsaxe Municipality', 'municipality'),
('gab', 'Gladsaxe almennyttige Boligselskab (GaB, administreret af DAB)', 'Gladsaxe almennyttige Boligselskab (GaB, administered by DAB)', 'housing-organisation'),
('aab', 'AAB', 'AAB', 'housing-organisation'),
('abg', 'Arbejdernes Boligselskab i Gladsaxe (ABG)', 'Arbejdernes Boligselskab i Gladsaxe (ABG)', 'housing-organisation'),
('lejerbo', 'Lejerbo', 'Lejerbo', 'housing-organisation'),
('fsb', 'fsb', 'fsb', 'housing-organisation'),
('3b', 'Boligselskabet 3B', 'Boligselskabet 3B', 'housing-organisation');

INSERT INTO organisation_area (organisation_code, area_code) VALUES
('gab', 'vaerebro-park'),
('aab', 'hoeje-gladsaxe'),
('abg', 'hoeje-gladsaxe'),
('lejerbo', 'hoeje-gladsaxe'),
('fsb', 'hoeje-gladsaxe'),
('3b', 'hoeje-gladsaxe'),
('abg', 'moerkhoej'),
('abg', 'pileparkerne'),
('fsb', 'moerkhoej'),
('fsb', 'pileparkerne');

INSERT INTO indicator (code, name_da, name_en, definition_da, definition_en, theme_code, unit, direction, min_value, max_value, decimals, source, sort_order) VALUES
('outside-work-education', 'Uden for arbejdsmarked og uddannelse', 'Outside the labour market and education',
 N'Andel af beboere på 18–64 år, der er uden for arbejdsmarkedet og uddannelse (ministeriets kriterium 1).',
 N'Share of residents aged 18–64 outside the labour market and education (ministry criterion 1).',
 'self-sufficiency', '%', 'lower-is-better', 0, 100, 1, N'Danmarks Statistik; Social- og Boligstyrelsen (almenboligloven § 61 a)', 1),
('primary-school-only', 'Kun grundskole', 'Primary school only',
 N'Andel af beboere på 30–59 år, der kun har en grundskoleuddannelse (ministeriets kriterium 3).',
 N'Share of residents aged 30–59 whose only education is primary school (grundskole) (ministry criterion 3).',
 'self-sufficiency', '%', 'lower-is-better', 0, 100, 1, N'Danmarks Statistik; Social- og Boligstyrelsen (almenboligloven § 61 a)', 2),
('gross-income', 'Gennemsnitlig bruttoindkomst', 'Average gross income',
 N'Gennemsnitlig bruttoindkomst for skattepligtige på 15–64 år, eksklusive uddannelsessøgende (ministeriets kriterium 4).',
 N'Average gross income of taxpayers aged 15–64, excluding those in education (ministry criterion 4).',
 'self-sufficiency', 'DKK/year', 'higher-is-better', 0, 10000000, 0, N'Danmarks Statistik; Social- og Boligstyrelsen (almenboligloven § 61 a)', 3),
('convicted', N'Dømte beboere', 'Residents convicted',
 N'Andel af beboere på 18 år og derover, der er dømt for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer (ministeriets kriterium 2).',
 'Share of residents aged 18 and over convicted under the criminal code, the weapons act or the euphoriant substances act (ministry criterion 2).',
 'safety', '%', 'lower-is-better', 0, 100, 2, N'Danmarks Statistik; Social- og Boligstyrelsen (almenboligloven § 61 a)', 4),
('feel-safe', N'Tryghed i området', 'Feeling safe in the area',
 N'Andel af beboere, der føler sig trygge i deres område (spørgeskemaundersøgelse).',
 'Share of residents who feel safe in their area (survey).',
 'safety', '%', 'higher-is-better', 0, 100, 1, N'Gladsaxe Kommune, tryghedsundersøgelse', 5),
('good-health', 'Godt selvvurderet helbred', 'Good self-rated health',
 N'Andel af voksne, der vurderer deres eget helbred som godt eller meget godt (spørgeskemaundersøgelse).',
 'Share of adults rating their own health good or very good (survey).',
 'health', '%', 'higher-is-better', 0, 100, 1, 'Gladsaxe Kommune, sundhedsprofil', 6),
('voter-turnout', 'Valgdeltagelse', 'Voter turnout',
 'Stemmeprocent ved det seneste kommunalvalg.',
 'Turnout at the latest municipal election.',
 'citizenship', '%', 'higher-is-better', 0, 100, 1, 'Danmarks Statistik, kommunalvalg', 7),
('association-members', 'Aktive i foreninger', 'Active in associations',
 N'Andel af voksne, der er aktive i en forening (spørgeskemaundersøgelse).',
 'Share of adults active in an association (survey).',
 'citizenship', '%', 'higher-is-better', 0, 100, 1, N'Gladsaxe Kommune, borgerundersøgelse', 8),
('daycare-mix', N'Børn i blandede dagtilbud', 'Children in mixed daycare',
 N'Andel af områdets børn i dagtilbud, der går i et dagtilbud, hvor under 30 % af børnene kommer fra udsatte områder.',
 'Share of the area''s children in daycare attending an institution where under 30% of the children come from vulnerable areas.',
 'institution-mix', '%', 'higher-is-better', 0, 100, 1, 'Gladsaxe Kommune, dagtilbudsregister', 9),
('youth-leisure', N'Børn og unge i fritidsforeninger', 'Children and young people in leisure associations',
 N'Andel af 7–17-årige, der er aktive i en fritidsforening.',
 N'Share of 7–17-year-olds active in a leisure association.',
 'leisure-mix', '%', 'higher-is-better', 0, 100, 1, 'Gladsaxe Kommune, foreningsregister', 10),
('outside-visitors', N'Besøg fra resten af byen', 'Visitors from the rest of the city',
 N'Andel af beboere andre steder i Gladsaxe, der har besøgt området inden for det seneste år (spørgeskemaundersøgelse).',
 'Share of residents elsewhere in Gladsaxe who visited the area in the last year (survey).',
 'city-life', '%', 'higher-is-better', 0, 100, 1, N'Gladsaxe Kommune, borgerundersøgelse', 11),
('positive-image', N'Positivt syn på området', 'Positive view of the area',
 N'Andel af Gladsaxes borgere med et positivt syn på området (spørgeskemaundersøgelse).',
 'Share of Gladsaxe residents with a positive view of the area (survey).',
 'image', '%', 'higher-is-better', 0, 100, 1, N'Gladsaxe Kommune, borgerundersøgelse', 12),
('new-tenants-working', 'Nye lejere i job eller uddannelse', 'New tenants in work or education',
 'Andel af nye lejere, der er i arbejde eller under uddannelse.',
 'Share of new tenants in work or education.',
 'resident-mix', '%', 'higher-is-better', 0, 100, 1, 'Boligorganisationernes udlejningsdata', 13),
('non-western', 'Ikke-vestlig baggrund', 'Non-Western background',
 'Andel af beboere, der er indvandrere eller efterkommere fra ikke-vestlige lande. Bruges kun til ministeriets listeregler og vurderes aldrig.',
 'Share of residents who are immigrants or descendants from non-Western countries. Used only by the statutory list rules; never judged.',
 'resident-mix', '%', 'neutral', 0, 100, 1, N'Danmarks Statistik; Social- og Boligstyrelsen (almenboligloven § 61 a)', 14),
('residents', 'Antal beboere', 'Residents',
 N'Antal beboere i området.',
 'Number of residents in the area.',
 'resident-mix', 'count', 'neutral', 0, 10000000, 0, 'Danmarks Statistik', 15);

INSERT INTO list_category (code, name_da, name_en, severity) VALUES
('prevention', N'Forebyggelsesområde', 'Prevention area', 1),
('vulnerable', N'Udsat boligområde', 'Vulnerable housing area', 2),
('parallel-society', 'Parallelsamfund', 'Parallel society', 3),
('transformation', N'Omdannelsesområde', 'Transformation area', 4);

INSERT INTO list_rule_set (code, name_da, name_en, legal_basis, valid_from_year, valid_to_year, min_residents, residents_indicator_code, non_western_indicator_code) VALUES
('rules-2018', 'Listeregler 2018 (ghettopakken)', 'List rules 2018 (the ghetto package)', N'Almenboligloven §§ 61 a–61 b som ændret 2018 (lister 2018–2020)', 2018, 2020, 1000, 'residents', 'non-western'),
('rules-2021', 'Listeregler 2021', 'List rules 2021', N'Almenboligloven §§ 61 a–61 b som gældende fra 30. november 2021', 2021, NULL, 1000, 'residents', 'non-western');

-- Thresholds: C1 and C3 in percent of residents; C2 as a multiple of the national average;
-- C4 as a percentage of the regional average. period_years = 2 means the average of the last 2 years.
INSERT INTO list_rule_criterion (rule_set_code, criterion_code, indicator_code, basis, comparison, higher_threshold, lower_threshold, period_years) VALUES
('rules-2018', 'C1', 'outside-work-education', 'absolute', '>', 40, NULL, 2),
('rules-2018', 'C2', 'convicted', 'national-multiple', '>=', 3, NULL, 2),
('rules-2018', 'C3', 'primary-school-only', 'absolute', '>', 60, NULL, 1),
('rules-2018', 'C4', 'gross-income', 'regional-share', '<', 55, NULL, 1),
('rules-2021', 'C1', 'outside-work-education', 'absolute', '>', 40, 30, 2),
('rules-2021', 'C2', 'convicted', 'national-multiple', '>=', 3, 2, 2),
('rules-2021', 'C3', 'primary-school-only', 'absolute', '>', 60, 60, 1),
('rules-2021', 'C4', 'gross-income', 'regional-share', '<', 55, 65, 1);

INSERT INTO list_rule_category (rule_set_code, category_code, threshold_level, min_criteria_met, non_western_threshold, consecutive_years) VALUES
('rules-2018', 'vulnerable', 'higher', 2, NULL, NULL),
('rules-2018', 'parallel-society', 'higher', 2, 50, NULL),
('rules-2018', 'transformation', 'higher', 2, 50, 4),
('rules-2021', 'vulnerable', 'higher', 2, NULL, NULL),
('rules-2021', 'parallel-society', 'higher', 2, 50, NULL),
('rules-2021', 'transformation', 'higher', 2, 50, 5),
('rules-2021', 'prevention', 'lower', 2, 30, NULL);

INSERT INTO official_list_entry (area_code, list_year, published_on, category_code, source) VALUES
('vaerebro-park', 2021, '2021-12-01', 'prevention', 'Indenrigs- og Boligministeriet, liste 1. december 2021; Gladsaxe Kommune, pressemeddelelse 2021'),
('pileparkerne', 2021, '2021-12-01', 'prevention', 'Indenrigs- og Boligministeriet, liste 1. december 2021; Gladsaxe Kommune, pressemeddelelse 2021');

INSERT INTO observation_status (code, name_da, name_en) VALUES
('official', 'Officiel', 'Official'),
('illustrative', 'Illustrativ (ikke officiel)', 'Illustrative (not official)'),
('reported', 'Indberettet', 'Reported by an organisation');
