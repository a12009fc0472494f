-- Administrative decisions per month (行政许可/行政处罚/行政强制) and administrative-fee income in 万元.
CREATE TABLE register_decision_month (
  agency_id BIGINT NOT NULL REFERENCES agency (id),
  decision_year INT NOT NULL,
  decision_month INT NOT NULL,
  licensing INT NOT NULL,
  penalty INT NOT NULL,
  coercion INT NOT NULL,
  fees_wan_yuan DECIMAL(16, 4) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (agency_id, decision_year, decision_month)
);
