-- API keys of the provincial intake platform: who created a key, a short recognisable prefix, revocation, last use.
-- The clear key is never stored; key_hash (V100) holds its SHA-256 in hexadecimal.
ALTER TABLE request_api_key ADD COLUMN key_hint VARCHAR(12);
ALTER TABLE request_api_key ADD COLUMN created_by VARCHAR(60);
ALTER TABLE request_api_key ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE request_api_key ADD COLUMN revoked_by VARCHAR(60);
ALTER TABLE request_api_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX request_api_key_agency ON request_api_key (agency_id);
