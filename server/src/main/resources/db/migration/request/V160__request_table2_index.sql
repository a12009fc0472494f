-- Table 2 of an agency-year is counted in the database from (agency, date of receipt, date and kind of outcome,
-- applicant kind) alone; with every one of them in this index PostgreSQL answers from the index without
-- visiting the table (see docs/benchmarks.md, "Compiling table 2").
CREATE INDEX disclosure_request_table2
  ON disclosure_request (agency_id, received_on, outcome_on, applicant_kind, outcome);
