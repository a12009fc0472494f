-- Fees by count go by the applicant's n-th request in the month. Identity numbers are encrypted with a fresh nonce,
-- so equal numbers do not compare equal; applicant_fp holds a keyed fingerprint (HMAC-SM3) of the identity document's
-- kind and number that does. Requests stored before this get theirs from V152 (Java: it needs the SM4 key).
ALTER TABLE disclosure_request ADD COLUMN applicant_fp VARCHAR(64);
CREATE INDEX disclosure_request_applicant ON disclosure_request (agency_id, applicant_fp, received_on);
