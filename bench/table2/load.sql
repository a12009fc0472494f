-- 10,000,000 disclosure requests across 1,000 agencies, 2019-2025, generated set-based and reproducibly
-- (setseed). Filled: every NOT NULL column of disclosure_request, plus outcome, outcome_basis and outcome_on
-- as RequestService records them. Distributions (stated so the figures can be judged):
--   agencies: skewed, agency k of 1,000 gets ~ (k^(2/3) - (k-1)^(2/3)) of the volume (largest ~100,000
--     requests over seven years, median ~7,000), as a provincial capital's government against a township office;
--   received_on: density rising linearly from 2019 to 2025 (requests have grown every year);
--   applicant kind: 86 % natural persons, 6 % commercial, 1 % research, 1 % non-profit, 4 % legal services,
--     2 % other (roughly the published 2023 shares);
--   outcome: recorded 0-44 days after receipt (a few cross into the next year); still open on the last day
--     (2025-12-31) when that date falls after 2025-12-31, or for 0.2 % awaiting a fee or a correction;
--   outcome shares: 3.1 granted 45 %, 3.2 partly 12 %, 3.3.x withheld 6 %, 3.4.1 not held 20 %, other 3.4.x 3 %,
--     3.5.x not processed 9 %, 3.6.x closed otherwise 5 %.
INSERT INTO region (name, level) VALUES ('基准测试省', 'PROVINCE');

INSERT INTO agency (code, full_name, short_name, kind, region_id, active, created_at, updated_at)
SELECT 'bench-' || lpad(k::text, 4, '0'), '基准测试第' || k || '机关', '测试' || k, 'DEPARTMENT',
       (SELECT MIN(id) FROM region), TRUE, now(), now()
FROM generate_series(1, 1000) AS k;

SELECT setseed(0.2026);

INSERT INTO disclosure_request (agency_id, number_year, number_seq, tracking_code, secret_enc, channel, received_on,
    applicant_kind, applicant_name, id_type, id_number_enc, phone_enc, description, provision_form, delivery,
    state, pending, outcome, outcome_basis, outcome_on, created_at)
SELECT a.id, EXTRACT(YEAR FROM g.received)::int, g.i, 'B' || lpad(g.i::text, 11, '0'),
       md5(g.i::text) || md5(g.i::text || 's'),
       (ARRAY['ONLINE','ONLINE','ONLINE','LETTER','REGISTERED_MAIL','IN_PERSON','EMAIL','FAX'])[1 + (g.i % 8)],
       g.received, g.kind,
       CASE WHEN g.kind = 'NATURAL' THEN '申请人' || (g.i % 99991) ELSE '某某公司' || (g.i % 4999) END,
       CASE WHEN g.kind = 'NATURAL' THEN 'ID_CARD' ELSE 'CREDIT_CODE' END,
       md5(g.i::text || 'id') || md5(g.i::text || 'id2'), md5(g.i::text || 'ph'),
       '申请公开' || (EXTRACT(YEAR FROM g.received)::int - 1) || '年度本机关关于第' || (g.i % 997) || '号项目的审批文件及相关材料',
       (ARRAY['ELECTRONIC','ELECTRONIC','PAPER','INSPECTION'])[1 + (g.i % 4)],
       (ARRAY['EMAIL','EMAIL','POST','PICK_UP'])[1 + (g.i % 4)],
       CASE WHEN g.closed IS NULL THEN (CASE WHEN g.stuck THEN 'AWAITING_FEE' ELSE 'IN_PROGRESS' END)
            WHEN g.outcome LIKE '3.6.%' THEN 'CLOSED' ELSE 'REPLIED' END,
       CASE WHEN g.closed IS NULL AND g.stuck THEN 'FEE' END,
       CASE WHEN g.closed IS NOT NULL THEN g.outcome END,
       CASE WHEN g.closed IS NOT NULL THEN '《中华人民共和国政府信息公开条例》第三十六条' END,
       g.closed, g.received::timestamp AT TIME ZONE 'Asia/Shanghai'
FROM (
  SELECT s.i, s.agency, s.received, s.kind, s.outcome, s.stuck,
         CASE WHEN s.stuck OR s.received + s.days > DATE '2025-12-31' THEN NULL ELSE s.received + s.days END AS closed
  FROM (
    SELECT i,
           1 + LEAST(999, floor(1000 * power(random(), 1.5))::int) AS agency,
           DATE '2019-01-01' + floor(2557 * sqrt(random()))::int AS received,
           (SELECT CASE WHEN u < 0.86 THEN 'NATURAL' WHEN u < 0.92 THEN 'COMMERCIAL' WHEN u < 0.93 THEN 'RESEARCH'
                        WHEN u < 0.94 THEN 'NONPROFIT' WHEN u < 0.98 THEN 'LEGAL' ELSE 'OTHER' END
              FROM (SELECT random() + i * 0 AS u) r) AS kind,
           (SELECT CASE WHEN u < 0.45 THEN '3.1' WHEN u < 0.57 THEN '3.2'
                        WHEN u < 0.63 THEN (ARRAY['3.3.1','3.3.2','3.3.3','3.3.4','3.3.5','3.3.6','3.3.7','3.3.8'])[1 + (i % 8)]
                        WHEN u < 0.83 THEN '3.4.1' WHEN u < 0.86 THEN (ARRAY['3.4.2','3.4.3'])[1 + (i % 2)]
                        WHEN u < 0.95 THEN (ARRAY['3.5.1','3.5.2','3.5.3','3.5.4','3.5.5'])[1 + (i % 5)]
                        ELSE (ARRAY['3.6.1','3.6.2','3.6.3'])[1 + (i % 3)] END
              FROM (SELECT random() + i * 0 AS u) r) AS outcome,
           floor(45 * random())::int AS days,
           random() < 0.002 AS stuck
    FROM generate_series(1, 10000000) AS i
  ) s
) g
JOIN agency a ON a.code = 'bench-' || lpad(g.agency::text, 4, '0');
