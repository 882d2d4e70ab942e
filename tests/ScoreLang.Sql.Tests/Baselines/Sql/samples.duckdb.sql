PREPARE "score_lead_quality" AS
-- ScoreLang score lead_quality "Lead quality" (combined.score:5): a combined score of contact records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: profile, activity.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
memberships AS (
    SELECT l."record_id" AS id,
        MAX(CASE WHEN l."list" = 'employees' THEN 1 ELSE 0 END) AS in_list_1
    FROM "lists" AS l
    WHERE l."list" IN ('employees')
    GROUP BY l."record_id"
),
visible_events AS (
    -- the contact's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('form_submitted', 'meeting_booked', 'page_viewed')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- combined.score:19: event page_viewed +2 (decay 100% over 3 months, S17-S19)
        SUM(CASE WHEN e."type" = 'page_viewed' THEN 2::DOUBLE * LEAST(1::DOUBLE, GREATEST(0::DOUBLE, 1::DOUBLE - 1::DOUBLE * ((epoch_us(p.as_of) - epoch_us(e."timestamp")) // 86400000000) / GREATEST(1, ((epoch_us((e."timestamp" + to_months(3))) - epoch_us(e."timestamp")) // 86400000000)))) ELSE 0::DOUBLE END) AS g2_r1,
        -- combined.score:20: event page_viewed where url contains "/pricing" +10 (decay 100% over 3 months, S17-S19)
        SUM(CASE WHEN e."type" = 'page_viewed' AND COALESCE(contains(UPPER(e."url"), UPPER('/pricing')), FALSE) THEN 10::DOUBLE * LEAST(1::DOUBLE, GREATEST(0::DOUBLE, 1::DOUBLE - 1::DOUBLE * ((epoch_us(p.as_of) - epoch_us(e."timestamp")) // 86400000000) / GREATEST(1, ((epoch_us((e."timestamp" + to_months(3))) - epoch_us(e."timestamp")) // 86400000000)))) ELSE 0::DOUBLE END) AS g2_r2,
        -- combined.score:21: event form_submitted where form == "Demo request" +50 (decay 100% over 3 months, S17-S19)
        SUM(CASE WHEN e."type" = 'form_submitted' AND COALESCE(UPPER(e."form") = UPPER('Demo request'), FALSE) THEN 50::DOUBLE * LEAST(1::DOUBLE, GREATEST(0::DOUBLE, 1::DOUBLE - 1::DOUBLE * ((epoch_us(p.as_of) - epoch_us(e."timestamp")) // 86400000000) / GREATEST(1, ((epoch_us((e."timestamp" + to_months(3))) - epoch_us(e."timestamp")) // 86400000000)))) ELSE 0::DOUBLE END) AS g2_r3,
        -- combined.score:22: event meeting_booked +30 (decay 100% over 3 months, S17-S19)
        SUM(CASE WHEN e."type" = 'meeting_booked' THEN 30::DOUBLE * LEAST(1::DOUBLE, GREATEST(0::DOUBLE, 1::DOUBLE - 1::DOUBLE * ((epoch_us(p.as_of) - epoch_us(e."timestamp")) // 86400000000) / GREATEST(1, ((epoch_us((e."timestamp" + to_months(3))) - epoch_us(e."timestamp")) // 86400000000)))) ELSE 0::DOUBLE END) AS g2_r4
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        NOT ((COALESCE(m.in_list_1, 0) = 1)) AS is_scored,
        -- combined.score:12: when job_title contains "director" +40
        CASE WHEN COALESCE(contains(UPPER(r."job_title"), UPPER('director')), FALSE) THEN 40::DOUBLE ELSE 0::DOUBLE END AS g1_r1,
        -- combined.score:13: when company.num_employees >= 100 +30
        CASE WHEN COALESCE(a1."num_employees" >= 100::DOUBLE, FALSE) THEN 30::DOUBLE ELSE 0::DOUBLE END AS g1_r2,
        -- combined.score:14: when company.industry == software +30
        CASE WHEN COALESCE(UPPER(a1."industry") = UPPER('software'), FALSE) THEN 30::DOUBLE ELSE 0::DOUBLE END AS g1_r3,
        -- combined.score:15: when email ends with "@gmail.com" -20
        CASE WHEN COALESCE(ends_with(UPPER(r."email"), UPPER('@gmail.com')), FALSE) THEN (-20)::DOUBLE ELSE 0::DOUBLE END AS g1_r4,
        -- combined.score:19: event page_viewed +2 (decay 100% over 3 months, S17-S19)
        COALESCE(er.g2_r1, 0::DOUBLE) AS g2_r1,
        -- combined.score:20: event page_viewed where url contains "/pricing" +10 (decay 100% over 3 months, S17-S19)
        COALESCE(er.g2_r2, 0::DOUBLE) AS g2_r2,
        -- combined.score:21: event form_submitted where form == "Demo request" +50 (decay 100% over 3 months, S17-S19)
        COALESCE(er.g2_r3, 0::DOUBLE) AS g2_r3,
        -- combined.score:22: event meeting_booked +30 (decay 100% over 3 months, S17-S19)
        COALESCE(er.g2_r4, 0::DOUBLE) AS g2_r4
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
    LEFT JOIN memberships AS m ON m.id = r."id"
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- combined.score:11: group profile (fit), limit 100, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g1_r1 + g1_r2 + g1_r3 + g1_r4, 100::DOUBLE)) AS g1,
        -- combined.score:18: group activity (engagement), limit 100, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g2_r1 + g2_r2 + g2_r3 + g2_r4, 100::DOUBLE)) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::DOUBLE, LEAST(g1 + g2, 200::DOUBLE)) AS total,
        -- a combined score's parts: the sum of its groups of each part (S7)
        g2 AS engagement,
        g1 AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN fit >= 70 AND fit < 101 THEN 'A' WHEN fit >= 40 AND fit < 70 THEN 'B' WHEN fit >= 0 AND fit < 40 THEN 'C' END) || (CASE WHEN engagement >= 50 AND engagement < 101 THEN '1' WHEN engagement >= 20 AND engagement < 50 THEN '2' WHEN engagement >= 0 AND engagement < 20 THEN '3' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "profile",
    CASE WHEN is_scored THEN g2 END AS "activity"
FROM totals;
-- run it with: EXECUTE "score_lead_quality"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_company_engagement" AS
-- ScoreLang score company_engagement "Company engagement" (company.score:5): an engagement score of company records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per company: id, score, engagement, fit, tier, then one column per group: meetings, content.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
visible_events AS (
    -- events of the contact records associated with it through contact.company (S2)
    SELECT c."company" AS scored_id, e.*
    FROM "events" AS e
    JOIN "contact" AS c ON c."id" = e."record_id"
    CROSS JOIN params AS p
    WHERE e."type" IN ('marketing_email_clicked', 'meeting_booked', 'meeting_completed', 'page_viewed')
      AND e."timestamp" <= p.as_of
      AND c."company" IS NOT NULL
),
event_rules AS (
    SELECT r."id" AS id,
        -- company.score:10: event meeting_booked +20
        SUM(CASE WHEN e."type" = 'meeting_booked' THEN 20::DOUBLE ELSE 0::DOUBLE END) AS g1_r1,
        -- company.score:11: event meeting_completed +30
        SUM(CASE WHEN e."type" = 'meeting_completed' THEN 30::DOUBLE ELSE 0::DOUBLE END) AS g1_r2,
        -- company.score:15: event page_viewed where url contains "/pricing" +5 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN e."type" = 'page_viewed' AND COALESCE(contains(UPPER(e."url"), UPPER('/pricing')), FALSE) THEN 5::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 0.5::DOUBLE * LEAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) - CASE WHEN (e."timestamp" + to_months(CAST(((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) ELSE 0::DOUBLE END) AS g2_r1,
        -- company.score:16: event marketing_email_clicked +3 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN e."type" = 'marketing_email_clicked' THEN 3::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 0.5::DOUBLE * LEAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) - CASE WHEN (e."timestamp" + to_months(CAST(((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) ELSE 0::DOUBLE END) AS g2_r2
    FROM "company" AS r
    CROSS JOIN params AS p
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- company.score:10: event meeting_booked +20
        COALESCE(er.g1_r1, 0::DOUBLE) AS g1_r1,
        -- company.score:11: event meeting_completed +30
        COALESCE(er.g1_r2, 0::DOUBLE) AS g1_r2,
        -- company.score:15: event page_viewed where url contains "/pricing" +5 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r1, 0::DOUBLE) AS g2_r1,
        -- company.score:16: event marketing_email_clicked +3 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r2, 0::DOUBLE) AS g2_r2
    FROM "company" AS r
    CROSS JOIN params AS p
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- company.score:9: group meetings (engagement), limit 60, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g1_r1 + g1_r2, 60::DOUBLE)) AS g1,
        -- company.score:14: group content (engagement), limit 40, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g2_r1 + g2_r2, 40::DOUBLE)) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::DOUBLE, LEAST(g1 + g2, 100::DOUBLE)) AS total,
        CAST(NULL AS DOUBLE) AS engagement,
        CAST(NULL AS DOUBLE) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 75 AND total < 101 THEN 'hot' WHEN total >= 25 AND total < 75 THEN 'warm' WHEN total >= 0 AND total < 25 THEN 'cold' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "meetings",
    CASE WHEN is_scored THEN g2 END AS "content"
FROM totals;
-- run it with: EXECUTE "score_company_engagement"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_company_fit" AS
-- ScoreLang score company_fit "Company fit" (company.score:39): a fit score of company records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per company: id, score, engagement, fit, tier, then one column per group: size.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- company.score:44: when in list big_companies +50
        CASE WHEN (COALESCE(r."num_employees" >= 500::DOUBLE, FALSE)) THEN 50::DOUBLE ELSE 0::DOUBLE END AS g1_r1,
        -- company.score:45: when annual_revenue >= 10000000 +30
        CASE WHEN COALESCE(r."annual_revenue" >= 10000000::DOUBLE, FALSE) THEN 30::DOUBLE ELSE 0::DOUBLE END AS g1_r2,
        -- company.score:46: when industry in [software, finance] +20
        CASE WHEN COALESCE(UPPER(r."industry") IN (UPPER('software'), UPPER('finance')), FALSE) THEN 20::DOUBLE ELSE 0::DOUBLE END AS g1_r3,
        -- company.score:47: when country not in ["NL", "BE", "FR", "DE"] -40
        CASE WHEN COALESCE(NOT (UPPER(r."country") IN (UPPER('NL'), UPPER('BE'), UPPER('FR'), UPPER('DE'))), FALSE) THEN (-40)::DOUBLE ELSE 0::DOUBLE END AS g1_r4
    FROM "company" AS r
    CROSS JOIN params AS p
),
group_points AS (
    SELECT id, is_scored,
        -- company.score:43: group size (fit), limit none, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, g1_r1 + g1_r2 + g1_r3 + g1_r4) AS g1
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::DOUBLE, LEAST(g1, 100::DOUBLE)) AS total,
        CAST(NULL AS DOUBLE) AS engagement,
        CAST(NULL AS DOUBLE) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 70 AND total < 101 THEN 'high' WHEN total >= 40 AND total < 70 THEN 'medium' WHEN total >= 0 AND total < 40 THEN 'low' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "size"
FROM totals;
-- run it with: EXECUTE "score_company_fit"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_contact_engagement" AS
-- ScoreLang score contact_engagement "Contact engagement" (lead-scoring.score:5): an engagement score of contact records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: sales, marketing.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
memberships AS (
    SELECT l."record_id" AS id,
        MAX(CASE WHEN l."list" = 'employees' THEN 1 ELSE 0 END) AS in_list_1
    FROM "lists" AS l
    WHERE l."list" IN ('employees')
    GROUP BY l."record_id"
),
visible_events AS (
    -- the contact's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('call_started', 'cta_clicked', 'form_submitted', 'marketing_email_clicked', 'marketing_email_opened', 'meeting_booked', 'meeting_completed', 'page_viewed')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- lead-scoring.score:13: event call_started +15
        SUM(CASE WHEN e."type" = 'call_started' THEN 15::DOUBLE ELSE 0::DOUBLE END) AS g1_r1,
        -- lead-scoring.score:14: event meeting_booked +10
        SUM(CASE WHEN e."type" = 'meeting_booked' THEN 10::DOUBLE ELSE 0::DOUBLE END) AS g1_r2,
        -- lead-scoring.score:15: event meeting_completed +20
        SUM(CASE WHEN e."type" = 'meeting_completed' THEN 20::DOUBLE ELSE 0::DOUBLE END) AS g1_r3,
        -- lead-scoring.score:19: event cta_clicked +6 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN e."type" = 'cta_clicked' THEN 6::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 0.5::DOUBLE * LEAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) - CASE WHEN (e."timestamp" + to_months(CAST(((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) ELSE 0::DOUBLE END) AS g2_r1,
        -- lead-scoring.score:20: event marketing_email_opened +2 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN e."type" = 'marketing_email_opened' THEN 2::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 0.5::DOUBLE * LEAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) - CASE WHEN (e."timestamp" + to_months(CAST(((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) ELSE 0::DOUBLE END) AS g2_r2,
        -- lead-scoring.score:21: event marketing_email_clicked +5 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN e."type" = 'marketing_email_clicked' THEN 5::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 0.5::DOUBLE * LEAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) - CASE WHEN (e."timestamp" + to_months(CAST(((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) ELSE 0::DOUBLE END) AS g2_r3,
        -- lead-scoring.score:22: event form_submitted where form == "Demo request" +10 decay 100% every 3 months (decay 100% every 3 months, S17-S19)
        SUM(CASE WHEN e."type" = 'form_submitted' AND COALESCE(UPPER(e."form") = UPPER('Demo request'), FALSE) THEN 10::DOUBLE * GREATEST(0::DOUBLE, 1::DOUBLE - 1::DOUBLE * LEAST(((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) // 3) - CASE WHEN (e."timestamp" + to_months(CAST((((year(p.as_of) * 12 + month(p.as_of)) - (year(e."timestamp") * 12 + month(e."timestamp"))) // 3) * 3 AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 1)) ELSE 0::DOUBLE END) AS g2_r4,
        -- lead-scoring.score:23: event page_viewed where url contains "/pricing" once +4 no decay
        MAX(CASE WHEN e."type" = 'page_viewed' AND COALESCE(contains(UPPER(e."url"), UPPER('/pricing')), FALSE) THEN e."timestamp" END) AS g2_r5_latest
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        NOT ((COALESCE(m.in_list_1, 0) = 1) OR COALESCE(UPPER(r."lifecycle_stage") IN (UPPER('customer'), UPPER('opportunity')), FALSE)) AS is_scored,
        -- lead-scoring.score:13: event call_started +15
        COALESCE(er.g1_r1, 0::DOUBLE) AS g1_r1,
        -- lead-scoring.score:14: event meeting_booked +10
        COALESCE(er.g1_r2, 0::DOUBLE) AS g1_r2,
        -- lead-scoring.score:15: event meeting_completed +20
        COALESCE(er.g1_r3, 0::DOUBLE) AS g1_r3,
        -- lead-scoring.score:19: event cta_clicked +6 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r1, 0::DOUBLE) AS g2_r1,
        -- lead-scoring.score:20: event marketing_email_opened +2 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r2, 0::DOUBLE) AS g2_r2,
        -- lead-scoring.score:21: event marketing_email_clicked +5 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r3, 0::DOUBLE) AS g2_r3,
        -- lead-scoring.score:22: event form_submitted where form == "Demo request" +10 decay 100% every 3 months (decay 100% every 3 months, S17-S19)
        COALESCE(er.g2_r4, 0::DOUBLE) AS g2_r4,
        -- lead-scoring.score:23: event page_viewed where url contains "/pricing" once +4 no decay
        CASE WHEN er.g2_r5_latest IS NULL THEN 0::DOUBLE ELSE 4::DOUBLE END AS g2_r5
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- lead-scoring.score:12: group sales (engagement), limit 60, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g1_r1 + g1_r2 + g1_r3, 60::DOUBLE)) AS g1,
        -- lead-scoring.score:18: group marketing (engagement), limit 40, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g2_r1 + g2_r2 + g2_r3 + g2_r4 + g2_r5, 40::DOUBLE)) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::DOUBLE, LEAST(g1 + g2, 100::DOUBLE)) AS total,
        CAST(NULL AS DOUBLE) AS engagement,
        CAST(NULL AS DOUBLE) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 70 AND total < 101 THEN 'high' WHEN total >= 40 AND total < 70 THEN 'medium' WHEN total >= 0 AND total < 40 THEN 'low' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "sales",
    CASE WHEN is_scored THEN g2 END AS "marketing"
FROM totals;
-- run it with: EXECUTE "score_contact_engagement"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_contact_fit" AS
-- ScoreLang score contact_fit "Contact fit" (lead-scoring.score:59): a fit score of contact records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: role, firmographics.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- lead-scoring.score:64: when job_title contains "director" or job_title contains "head of" +20
        CASE WHEN (COALESCE(contains(UPPER(r."job_title"), UPPER('director')), FALSE) OR COALESCE(contains(UPPER(r."job_title"), UPPER('head of')), FALSE)) THEN 20::DOUBLE ELSE 0::DOUBLE END AS g1_r1,
        -- lead-scoring.score:65: when job_title starts with "VP" +20
        CASE WHEN COALESCE(starts_with(UPPER(r."job_title"), UPPER('VP')), FALSE) THEN 20::DOUBLE ELSE 0::DOUBLE END AS g1_r2,
        -- lead-scoring.score:66: when job_title contains "student" -15
        CASE WHEN COALESCE(contains(UPPER(r."job_title"), UPPER('student')), FALSE) THEN (-15)::DOUBLE ELSE 0::DOUBLE END AS g1_r3,
        -- lead-scoring.score:70: when company.num_employees between 50 and 499 +20
        CASE WHEN COALESCE(a1."num_employees" >= 50::DOUBLE AND a1."num_employees" <= 499::DOUBLE, FALSE) THEN 20::DOUBLE ELSE 0::DOUBLE END AS g2_r1,
        -- lead-scoring.score:71: when company.num_employees >= 500 +30
        CASE WHEN COALESCE(a1."num_employees" >= 500::DOUBLE, FALSE) THEN 30::DOUBLE ELSE 0::DOUBLE END AS g2_r2,
        -- lead-scoring.score:72: when company.industry in [software, finance] +20
        CASE WHEN COALESCE(UPPER(a1."industry") IN (UPPER('software'), UPPER('finance')), FALSE) THEN 20::DOUBLE ELSE 0::DOUBLE END AS g2_r3,
        -- lead-scoring.score:73: when company.country in ["NL", "BE", "FR"] +10
        CASE WHEN COALESCE(UPPER(a1."country") IN (UPPER('NL'), UPPER('BE'), UPPER('FR')), FALSE) THEN 10::DOUBLE ELSE 0::DOUBLE END AS g2_r4,
        -- lead-scoring.score:74: when company.country is unknown -5
        CASE WHEN (a1."country" IS NULL) THEN (-5)::DOUBLE ELSE 0::DOUBLE END AS g2_r5
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
),
group_points AS (
    SELECT id, is_scored,
        -- lead-scoring.score:63: group role (fit), limit 40, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g1_r1 + g1_r2 + g1_r3, 40::DOUBLE)) AS g1,
        -- lead-scoring.score:69: group firmographics (fit), limit 60, floor 0 (S13, S16)
        GREATEST(0::DOUBLE, LEAST(g2_r1 + g2_r2 + g2_r3 + g2_r4 + g2_r5, 60::DOUBLE)) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::DOUBLE, LEAST(g1 + g2, 100::DOUBLE)) AS total,
        CAST(NULL AS DOUBLE) AS engagement,
        CAST(NULL AS DOUBLE) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 70 AND total < 101 THEN 'high' WHEN total >= 40 AND total < 70 THEN 'medium' WHEN total >= 0 AND total < 40 THEN 'low' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "role",
    CASE WHEN is_scored THEN g2 END AS "firmographics"
FROM totals;
-- run it with: EXECUTE "score_contact_fit"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_hubspot_score" AS
-- ScoreLang score hubspot_score "HubSpot score (legacy)" (legacy.score:6): an engagement score of contact records.
-- Generated for DuckDB; $1 is the as-of date (a TIMESTAMP in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: content, visits, feedback.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
visible_events AS (
    -- the contact's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('form_submitted', 'website_visit')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- legacy.score:12: event form_submitted where funnel_stage == tofu +5
        SUM(CASE WHEN e."type" = 'form_submitted' AND COALESCE(UPPER(e."funnel_stage") = UPPER('tofu'), FALSE) THEN 5::DOUBLE ELSE 0::DOUBLE END) AS g1_r1,
        -- legacy.score:13: event form_submitted where funnel_stage == mofu +10
        SUM(CASE WHEN e."type" = 'form_submitted' AND COALESCE(UPPER(e."funnel_stage") = UPPER('mofu'), FALSE) THEN 10::DOUBLE ELSE 0::DOUBLE END) AS g1_r2,
        -- legacy.score:14: event form_submitted where funnel_stage == bofu +50
        SUM(CASE WHEN e."type" = 'form_submitted' AND COALESCE(UPPER(e."funnel_stage") = UPPER('bofu'), FALSE) THEN 50::DOUBLE ELSE 0::DOUBLE END) AS g1_r3,
        -- legacy.score:18: event website_visit count 2..5 +3
        COUNT(CASE WHEN e."type" = 'website_visit' THEN 1 END) AS g2_r1_count,
        -- legacy.score:19: event website_visit count 6.. +6
        COUNT(CASE WHEN e."type" = 'website_visit' THEN 1 END) AS g2_r2_count
    FROM "contact" AS r
    CROSS JOIN params AS p
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- legacy.score:12: event form_submitted where funnel_stage == tofu +5
        COALESCE(er.g1_r1, 0::DOUBLE) AS g1_r1,
        -- legacy.score:13: event form_submitted where funnel_stage == mofu +10
        COALESCE(er.g1_r2, 0::DOUBLE) AS g1_r2,
        -- legacy.score:14: event form_submitted where funnel_stage == bofu +50
        COALESCE(er.g1_r3, 0::DOUBLE) AS g1_r3,
        -- legacy.score:18: event website_visit count 2..5 +3
        CASE WHEN COALESCE(er.g2_r1_count, 0) >= 2 AND COALESCE(er.g2_r1_count, 0) <= 5 THEN 3::DOUBLE ELSE 0::DOUBLE END AS g2_r1,
        -- legacy.score:19: event website_visit count 6.. +6
        CASE WHEN COALESCE(er.g2_r2_count, 0) >= 6 THEN 6::DOUBLE ELSE 0::DOUBLE END AS g2_r2,
        -- legacy.score:23: when sales_feedback == unqualified -100
        CASE WHEN COALESCE(UPPER(r."sales_feedback") = UPPER('unqualified'), FALSE) THEN (-100)::DOUBLE ELSE 0::DOUBLE END AS g3_r1
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- legacy.score:11: group content (engagement), limit none, floor none (S13, S16)
        g1_r1 + g1_r2 + g1_r3 AS g1,
        -- legacy.score:17: group visits (engagement), limit none, floor none (S13, S16)
        g2_r1 + g2_r2 AS g2,
        -- legacy.score:22: group feedback (engagement), limit none, floor none (S13, S16)
        g3_r1 AS g3
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2, g3,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        g1 + g2 + g3 AS total,
        CAST(NULL AS DOUBLE) AS engagement,
        CAST(NULL AS DOUBLE) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 35 AND total < 65 THEN 'MQL' WHEN total >= 65 THEN 'SQL' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "content",
    CASE WHEN is_scored THEN g2 END AS "visits",
    CASE WHEN is_scored THEN g3 END AS "feedback"
FROM totals;
-- run it with: EXECUTE "score_hubspot_score"(TIMESTAMP '2025-01-01 00:00:00');
