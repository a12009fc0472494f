-- Full-text search moves from the bigram token table to a Lucene index kept beside the database (SearchIndex).
-- The database stays the source: search_title and search_text are what the index reads, and search_changed_at
-- (the database's clock) tells every server which items to re-read since its index last caught up.
DROP TABLE publication_token;
ALTER TABLE publication ADD COLUMN search_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE publication SET search_changed_at = CURRENT_TIMESTAMP WHERE live_version > 0;
CREATE INDEX publication_search_changed ON publication (search_changed_at);
