-- Portal lists read newest first. H2 cannot walk an ascending index backwards, so without these it sorted every
-- listed row of the agency for each page; with them a page reads 21 index entries on H2 as on PostgreSQL. The
-- ascending indexes stay for the "newer" direction of keyset paging.
CREATE INDEX publication_list_agency_newest ON publication (agency_id, listed, sort_key DESC);
CREATE INDEX publication_list_category_newest ON publication (agency_id, listed, category_id, sort_key DESC);
