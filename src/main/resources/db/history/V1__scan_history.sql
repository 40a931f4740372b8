-- Scan history: one row per scan, its check outcomes, and the fingerprints of its failing findings.
-- Portable across SQLite and PostgreSQL; ${id_column} is the dialect's auto-increment key.
CREATE TABLE scan (
  id ${id_column},
  repository TEXT NOT NULL,
  commit_sha TEXT,
  branch TEXT,
  scanned_at TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  verdict TEXT NOT NULL,
  overall DOUBLE PRECISION,
  infrastructure DOUBLE PRECISION,
  automation DOUBLE PRECISION,
  security DOUBLE PRECISION,
  monitoring DOUBLE PRECISION,
  documentation DOUBLE PRECISION
);
CREATE INDEX scan_repository_time ON scan (repository, scanned_at);

CREATE TABLE scan_check (
  scan_id BIGINT NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (scan_id, check_id)
);

CREATE TABLE scan_finding (
  scan_id BIGINT NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX scan_finding_scan ON scan_finding (scan_id);
