-- Which version of the service's indexing built a row's search texts (search_en, search_es): rows stored before this
-- migration get 0, new rows the current version (platform SearchReindex.VERSION, the default), and the service
-- re-indexes the older ones at start-up (quotes, dashes, accents and case folded; an activity's organizations' names
-- and acronyms and its cited symbols added).
ALTER TABLE activity ADD COLUMN search_indexed smallint NOT NULL DEFAULT 0;
ALTER TABLE activity ALTER COLUMN search_indexed SET DEFAULT 1;
ALTER TABLE program ADD COLUMN search_indexed smallint NOT NULL DEFAULT 0;
ALTER TABLE program ALTER COLUMN search_indexed SET DEFAULT 1;
