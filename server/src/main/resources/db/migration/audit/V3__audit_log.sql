-- The audit log: append-only, each hash = SM3(previous hash + entry); audit_head holds the chain's last link.
CREATE TABLE audit_entry (
  id BIGINT PRIMARY KEY,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor VARCHAR(60) NOT NULL,
  agency_id BIGINT,
  action VARCHAR(60) NOT NULL,
  target VARCHAR(100),
  detail VARCHAR(400),
  client_address VARCHAR(60),
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);

CREATE INDEX audit_entry_agency ON audit_entry (agency_id, id);

CREATE TABLE audit_head (
  id INT PRIMARY KEY,
  last_id BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
