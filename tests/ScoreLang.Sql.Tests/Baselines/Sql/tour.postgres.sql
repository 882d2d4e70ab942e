PREPARE "score_lead" (TIMESTAMP) AS
-- ScoreLang score lead (model.score:1): a combined score of contact records.
-- Generated for PostgreSQL; $1 is the as-of date (a timestamp without time zone, in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: profile, activity, recency.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT as_of,
        -- when an event is whole decay periods old, worked out once (S18, S19): d<n> as_of - n days, m<n>_* for n calendar months (SteppedDecayBoundaries)
        CASE WHEN (as_of + make_interval(days => 1)) >= (date_trunc('month', as_of) + make_interval(months => 1)) THEN ((date_trunc('month', as_of) + make_interval(months => (-1))) + make_interval(days => CAST((((CAST(EXTRACT(EPOCH FROM (date_trunc('month', as_of) + make_interval(months => 1))) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM date_trunc('month', as_of)) * 1000000 AS BIGINT))) / 86400000000) AS INTEGER))) ELSE (date_trunc('month', as_of) + make_interval(months => 0)) END AS m1_zone,
        (date_trunc('month', as_of) + make_interval(months => 0)) AS m1_next,
        CASE WHEN (as_of + make_interval(days => 1)) >= (date_trunc('month', as_of) + make_interval(months => 1)) THEN ((date_trunc('month', as_of) + make_interval(months => (-2))) + make_interval(days => CAST((((CAST(EXTRACT(EPOCH FROM (date_trunc('month', as_of) + make_interval(months => 1))) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM date_trunc('month', as_of)) * 1000000 AS BIGINT))) / 86400000000) AS INTEGER))) ELSE (date_trunc('month', as_of) + make_interval(months => (-1))) END AS m2_zone,
        (date_trunc('month', as_of) + make_interval(months => (-1))) AS m2_next,
        CASE WHEN ((as_of + make_interval(months => (-2))) + make_interval(months => 2)) = as_of THEN (as_of + make_interval(months => (-2))) ELSE (date_trunc('month', as_of) + make_interval(months => (-1))) END AS m2_last,
        CASE WHEN ((as_of + make_interval(months => (-1))) + make_interval(months => 1)) = as_of THEN (as_of + make_interval(months => (-1))) ELSE (date_trunc('month', as_of) + make_interval(months => 0)) END AS m1_last,
        (as_of + make_interval(days => (-70))) AS d70,
        (as_of + make_interval(days => (-63))) AS d63,
        (as_of + make_interval(days => (-56))) AS d56,
        (as_of + make_interval(days => (-49))) AS d49,
        (as_of + make_interval(days => (-42))) AS d42,
        (as_of + make_interval(days => (-35))) AS d35,
        (as_of + make_interval(days => (-28))) AS d28,
        (as_of + make_interval(days => (-21))) AS d21,
        (as_of + make_interval(days => (-14))) AS d14,
        (as_of + make_interval(days => (-7))) AS d7
    FROM (SELECT CAST($1 AS TIMESTAMP) AS as_of) AS a
),
memberships AS (
    SELECT l."record_id" AS id,
        MAX(CASE WHEN l."list" = 'partners' THEN 1 ELSE 0 END) AS in_list_1,
        MAX(CASE WHEN l."list" = 'employees' THEN 1 ELSE 0 END) AS in_list_2
    FROM "lists" AS l
    WHERE l."list" IN ('partners', 'employees')
    GROUP BY l."record_id"
),
visible_events AS NOT MATERIALIZED (
    -- the contact's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('email_open', 'form', 'visit')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- model.score:1: event visit 2 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN (e."timestamp" >= p.m1_zone AND e."timestamp" < p.m1_next) OR (e."timestamp" >= p.m2_zone AND e."timestamp" < p.m2_next) THEN 2::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * LEAST(((CAST(EXTRACT(YEAR FROM p.as_of) * 12 + EXTRACT(MONTH FROM p.as_of) AS INTEGER) - CAST(EXTRACT(YEAR FROM e."timestamp") * 12 + EXTRACT(MONTH FROM e."timestamp") AS INTEGER)) - CASE WHEN (e."timestamp" + make_interval(months => CAST((CAST(EXTRACT(YEAR FROM p.as_of) * 12 + EXTRACT(MONTH FROM p.as_of) AS INTEGER) - CAST(EXTRACT(YEAR FROM e."timestamp") * 12 + EXTRACT(MONTH FROM e."timestamp") AS INTEGER)) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) WHEN e."timestamp" <= p.m2_last AND e."timestamp" < p.m2_next THEN 2::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * 2) WHEN e."timestamp" <= p.m1_last AND e."timestamp" < p.m1_next THEN 2::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * 1) ELSE 2::float8 END) FILTER (WHERE e."type" = 'visit') AS g2_r1,
        -- model.score:1: event form 50 (decay half-life 2 weeks, S17-S19)
        MAX(e."timestamp") FILTER (WHERE e."type" = 'form' AND COALESCE(UPPER(e."form") = UPPER('Demo request'), FALSE)) AS g2_r3_latest,
        -- model.score:1: event email_open 3
        COUNT(*) FILTER (WHERE e."type" = 'email_open') AS g2_r4_count,
        -- model.score:1: event email_open 6
        COUNT(*) FILTER (WHERE e."type" = 'email_open') AS g2_r5_count
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
ordered_event_rules AS (
    SELECT r."id" AS id,
        -- model.score:1: event visit 10 (decay 100% over 3 months, S17-S19)
        SUM(10::float8 * LEAST(1::float8, GREATEST(0::float8, 1::float8 - 1::float8 * ((CAST(EXTRACT(EPOCH FROM p.as_of) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM e."timestamp") * 1000000 AS BIGINT)) / 86400000000) / GREATEST(1, ((CAST(EXTRACT(EPOCH FROM (e."timestamp" + make_interval(months => 3))) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM e."timestamp") * 1000000 AS BIGINT)) / 86400000000)))) ORDER BY e."timestamp") FILTER (WHERE e."type" = 'visit' AND COALESCE((STRPOS(UPPER(e."url"), UPPER('/pricing')) > 0), FALSE)) AS g2_r2,
        -- model.score:1: event visit 1 (decay 10% every 1 week, S17-S19)
        SUM(CASE WHEN e."timestamp" <= p.d70 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 10) WHEN e."timestamp" <= p.d63 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 9) WHEN e."timestamp" <= p.d56 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 8) WHEN e."timestamp" <= p.d49 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 7) WHEN e."timestamp" <= p.d42 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 6) WHEN e."timestamp" <= p.d35 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 5) WHEN e."timestamp" <= p.d28 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 4) WHEN e."timestamp" <= p.d21 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 3) WHEN e."timestamp" <= p.d14 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 2) WHEN e."timestamp" <= p.d7 THEN 1::float8 * GREATEST(0::float8, 1::float8 - 0.1::float8 * 1) ELSE 1::float8 END ORDER BY e."timestamp") FILTER (WHERE e."type" = 'visit' AND e."timestamp" >= (p.as_of + make_interval(days => (-30)))) AS g2_r6
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    WHERE (e."type" = 'visit' AND COALESCE((STRPOS(UPPER(e."url"), UPPER('/pricing')) > 0), FALSE)) OR (e."type" = 'visit' AND e."timestamp" >= (p.as_of + make_interval(days => (-30))))
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        NOT ((COALESCE(m.in_list_2, 0) = 1) OR COALESCE(UPPER(r."stage") = UPPER('lead'), FALSE)) AS is_scored,
        -- model.score:1: when ... 30
        CASE WHEN COALESCE((STRPOS(UPPER(r."title"), UPPER('Director')) > 0), FALSE) THEN 30::float8 ELSE 0::float8 END AS g1_r1,
        -- model.score:1: when ... -20
        CASE WHEN COALESCE((RIGHT(UPPER(r."email"), LENGTH(UPPER('@gmail.com'))) = UPPER('@gmail.com')), FALSE) THEN (-20)::float8 ELSE 0::float8 END AS g1_r2,
        -- model.score:1: when ... 5
        CASE WHEN COALESCE(STARTS_WITH(UPPER(r."email"), UPPER('ceo')), FALSE) THEN 5::float8 ELSE 0::float8 END AS g1_r3,
        -- model.score:1: when ... 20
        CASE WHEN COALESCE(a1."size" >= 100::float8, FALSE) THEN 20::float8 ELSE 0::float8 END AS g1_r4,
        -- model.score:1: when ... 15
        CASE WHEN COALESCE(UPPER(a1."industry") IN (UPPER('software'), UPPER('Finance')), FALSE) THEN 15::float8 ELSE 0::float8 END AS g1_r5,
        -- model.score:1: when ... 5
        CASE WHEN COALESCE(NOT (UPPER(r."stage") IN (UPPER('customer'))), FALSE) THEN 5::float8 ELSE 0::float8 END AS g1_r6,
        -- model.score:1: when ... 10
        CASE WHEN COALESCE(r."age" >= 25::float8 AND r."age" <= 45::float8, FALSE) THEN 10::float8 ELSE 0::float8 END AS g1_r7,
        -- model.score:1: when ... -10
        CASE WHEN (r."email" IS NULL) THEN (-10)::float8 ELSE 0::float8 END AS g1_r8,
        -- model.score:1: when ... 10
        CASE WHEN (COALESCE(m.in_list_1, 0) = 1) THEN 10::float8 ELSE 0::float8 END AS g1_r9,
        -- model.score:1: when ... 1
        CASE WHEN NOT ((COALESCE(UPPER(r."stage") = UPPER('customer'), FALSE))) THEN 1::float8 ELSE 0::float8 END AS g1_r10,
        -- model.score:1: when ... 7
        CASE WHEN COALESCE(r."vip", FALSE) THEN 7::float8 ELSE 0::float8 END AS g1_r11,
        -- model.score:1: when ... 3
        CASE WHEN (COALESCE(a1."active", FALSE) AND NOT (COALESCE(UPPER(a1."name") = UPPER(E'O''Brien \\ Sons'), FALSE))) THEN 3::float8 ELSE 0::float8 END AS g1_r12,
        -- model.score:1: event visit 2 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r1, 0::float8) AS g2_r1,
        -- model.score:1: event visit 10 (decay 100% over 3 months, S17-S19)
        COALESCE(eo.g2_r2, 0::float8) AS g2_r2,
        -- model.score:1: event form 50 (decay half-life 2 weeks, S17-S19)
        CASE WHEN er.g2_r3_latest IS NULL THEN 0::float8 ELSE 50::float8 * POWER(0.5::float8, LEAST(CAST(((CAST(EXTRACT(EPOCH FROM p.as_of) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM er.g2_r3_latest) * 1000000 AS BIGINT)) / 86400000000) AS DOUBLE PRECISION) / 14, 1000::float8)) END AS g2_r3,
        -- model.score:1: event email_open 3
        CASE WHEN COALESCE(er.g2_r4_count, 0) >= 2 AND COALESCE(er.g2_r4_count, 0) <= 5 THEN 3::float8 ELSE 0::float8 END AS g2_r4,
        -- model.score:1: event email_open 6
        CASE WHEN COALESCE(er.g2_r5_count, 0) >= 6 THEN 6::float8 ELSE 0::float8 END AS g2_r5,
        -- model.score:1: event visit 1 (decay 10% every 1 week, S17-S19)
        COALESCE(eo.g2_r6, 0::float8) AS g2_r6,
        -- model.score:1: when ... 10
        CASE WHEN COALESCE((p.as_of + make_interval(months => (-1))) <= CAST(r."last_open" AS TIMESTAMP) AND CAST(r."last_open" AS TIMESTAMP) <= p.as_of, FALSE) THEN 10::float8 ELSE 0::float8 END AS g3_r1,
        -- model.score:1: when ... 5
        CASE WHEN COALESCE(r."created" < (p.as_of + make_interval(months => (-12))), FALSE) THEN 5::float8 ELSE 0::float8 END AS g3_r2,
        -- model.score:1: when ... 5
        CASE WHEN COALESCE(CAST(FLOOR(CAST((CAST(EXTRACT(EPOCH FROM p.as_of) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM CAST(r."last_open" AS TIMESTAMP)) * 1000000 AS BIGINT)) AS NUMERIC) / 86400000000) AS BIGINT) < 7::float8, FALSE) THEN 5::float8 ELSE 0::float8 END AS g3_r3
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN "company" AS a1 ON a1."id" = r."company"
    LEFT JOIN memberships AS m ON m.id = r."id"
    LEFT JOIN event_rules AS er ON er.id = r."id"
    LEFT JOIN ordered_event_rules AS eo ON eo.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- model.score:1: group profile (fit), limit 100, floor 0 (S13, S16)
        GREATEST(0::float8, LEAST(g1_r1 + g1_r2 + g1_r3 + g1_r4 + g1_r5 + g1_r6 + g1_r7 + g1_r8 + g1_r9 + g1_r10 + g1_r11 + g1_r12, 100::float8)) AS g1,
        -- model.score:1: group activity (engagement), limit 100, floor 0 (S13, S16)
        GREATEST(0::float8, LEAST(g2_r1 + g2_r2 + g2_r3 + g2_r4 + g2_r5 + g2_r6, 100::float8)) AS g2,
        -- model.score:1: group recency (engagement), limit 20, floor 0 (S13, S16)
        GREATEST(0::float8, LEAST(g3_r1 + g3_r2 + g3_r3, 20::float8)) AS g3
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2, g3,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::float8, LEAST(g1 + g2 + g3, 150::float8)) AS total,
        -- a combined score's parts: the sum of its groups of each part (S7)
        g2 + g3 AS engagement,
        g1 AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN fit >= 70 THEN 'A' WHEN fit >= 40 AND fit < 70 THEN 'B' WHEN fit >= -2147483648 AND fit < 40 THEN 'C' END) || (CASE WHEN engagement >= 50 THEN '1' WHEN engagement >= 20 AND engagement < 50 THEN '2' WHEN engagement >= 0 AND engagement < 20 THEN '3' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "profile",
    CASE WHEN is_scored THEN g2 END AS "activity",
    CASE WHEN is_scored THEN g3 END AS "recency"
FROM totals;
-- run it with: EXECUTE "score_lead"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_company_engagement" (TIMESTAMP) AS
-- ScoreLang score company_engagement (model.score:1): an engagement score of company records.
-- Generated for PostgreSQL; $1 is the as-of date (a timestamp without time zone, in UTC).
-- One row per company: id, score, engagement, fit, tier, then one column per group: meetings, content.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT as_of,
        -- when an event is whole decay periods old, worked out once (S18, S19): d<n> as_of - n days, m<n>_* for n calendar months (SteppedDecayBoundaries)
        CASE WHEN (as_of + make_interval(days => 1)) >= (date_trunc('month', as_of) + make_interval(months => 1)) THEN ((date_trunc('month', as_of) + make_interval(months => (-1))) + make_interval(days => CAST((((CAST(EXTRACT(EPOCH FROM (date_trunc('month', as_of) + make_interval(months => 1))) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM date_trunc('month', as_of)) * 1000000 AS BIGINT))) / 86400000000) AS INTEGER))) ELSE (date_trunc('month', as_of) + make_interval(months => 0)) END AS m1_zone,
        (date_trunc('month', as_of) + make_interval(months => 0)) AS m1_next,
        CASE WHEN (as_of + make_interval(days => 1)) >= (date_trunc('month', as_of) + make_interval(months => 1)) THEN ((date_trunc('month', as_of) + make_interval(months => (-2))) + make_interval(days => CAST((((CAST(EXTRACT(EPOCH FROM (date_trunc('month', as_of) + make_interval(months => 1))) * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM date_trunc('month', as_of)) * 1000000 AS BIGINT))) / 86400000000) AS INTEGER))) ELSE (date_trunc('month', as_of) + make_interval(months => (-1))) END AS m2_zone,
        (date_trunc('month', as_of) + make_interval(months => (-1))) AS m2_next,
        CASE WHEN ((as_of + make_interval(months => (-2))) + make_interval(months => 2)) = as_of THEN (as_of + make_interval(months => (-2))) ELSE (date_trunc('month', as_of) + make_interval(months => (-1))) END AS m2_last,
        CASE WHEN ((as_of + make_interval(months => (-1))) + make_interval(months => 1)) = as_of THEN (as_of + make_interval(months => (-1))) ELSE (date_trunc('month', as_of) + make_interval(months => 0)) END AS m1_last
    FROM (SELECT CAST($1 AS TIMESTAMP) AS as_of) AS a
),
memberships AS (
    SELECT l."record_id" AS id,
        MAX(CASE WHEN l."list" = 'key_accounts' THEN 1 ELSE 0 END) AS in_list_1
    FROM "lists" AS l
    WHERE l."list" IN ('key_accounts')
    GROUP BY l."record_id"
),
visible_events AS (
    -- the company's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('call')
      AND e."timestamp" <= p.as_of
    UNION ALL
    -- events of the contact records associated with it through contact.company (S2)
    SELECT c."company" AS scored_id, e.*
    FROM "events" AS e
    JOIN "contact" AS c ON c."id" = e."record_id"
    CROSS JOIN params AS p
    WHERE e."type" IN ('form', 'visit')
      AND e."timestamp" <= p.as_of
      AND c."company" IS NOT NULL
),
event_rules AS (
    SELECT r."id" AS id,
        -- model.score:1: event form 20
        SUM(20::float8) FILTER (WHERE e."type" = 'form') AS g1_r1,
        -- model.score:1: event call 15
        SUM(15::float8) FILTER (WHERE e."type" = 'call' AND COALESCE(e."minutes" > 10::float8, FALSE)) AS g1_r2,
        -- model.score:1: event visit 5 (decay 50% every 1 month, S17-S19)
        SUM(CASE WHEN (e."timestamp" >= p.m1_zone AND e."timestamp" < p.m1_next) OR (e."timestamp" >= p.m2_zone AND e."timestamp" < p.m2_next) THEN 5::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * LEAST(((CAST(EXTRACT(YEAR FROM p.as_of) * 12 + EXTRACT(MONTH FROM p.as_of) AS INTEGER) - CAST(EXTRACT(YEAR FROM e."timestamp") * 12 + EXTRACT(MONTH FROM e."timestamp") AS INTEGER)) - CASE WHEN (e."timestamp" + make_interval(months => CAST((CAST(EXTRACT(YEAR FROM p.as_of) * 12 + EXTRACT(MONTH FROM p.as_of) AS INTEGER) - CAST(EXTRACT(YEAR FROM e."timestamp") * 12 + EXTRACT(MONTH FROM e."timestamp") AS INTEGER)) AS INTEGER))) > p.as_of THEN 1 ELSE 0 END), 2)) WHEN e."timestamp" <= p.m2_last AND e."timestamp" < p.m2_next THEN 5::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * 2) WHEN e."timestamp" <= p.m1_last AND e."timestamp" < p.m1_next THEN 5::float8 * GREATEST(0::float8, 1::float8 - 0.5::float8 * 1) ELSE 5::float8 END) FILTER (WHERE e."type" = 'visit') AS g2_r1
    FROM "company" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- model.score:1: event form 20
        COALESCE(er.g1_r1, 0::float8) AS g1_r1,
        -- model.score:1: event call 15
        COALESCE(er.g1_r2, 0::float8) AS g1_r2,
        -- model.score:1: event visit 5 (decay 50% every 1 month, S17-S19)
        COALESCE(er.g2_r1, 0::float8) AS g2_r1,
        -- model.score:1: when ... 10
        CASE WHEN (COALESCE(r."size" >= 500::float8, FALSE)) THEN 10::float8 ELSE 0::float8 END AS g2_r2,
        -- model.score:1: when ... 5
        CASE WHEN (COALESCE(m.in_list_1, 0) = 1) THEN 5::float8 ELSE 0::float8 END AS g2_r3
    FROM "company" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- model.score:1: group meetings (engagement), limit 60, floor 0 (S13, S16)
        GREATEST(0::float8, LEAST(g1_r1 + g1_r2, 60::float8)) AS g1,
        -- model.score:1: group content (engagement), limit none, floor 0 (S13, S16)
        GREATEST(0::float8, g2_r1 + g2_r2 + g2_r3) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::float8, LEAST(g1 + g2, 100::float8)) AS total,
        CAST(NULL AS DOUBLE PRECISION) AS engagement,
        CAST(NULL AS DOUBLE PRECISION) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 75 THEN 'hot' WHEN total >= 25 AND total < 75 THEN 'warm' WHEN total >= 0 AND total < 25 THEN 'cold' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "meetings",
    CASE WHEN is_scored THEN g2 END AS "content"
FROM totals;
-- run it with: EXECUTE "score_company_engagement"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_legacy" (TIMESTAMP) AS
-- ScoreLang score legacy (model.score:1): an engagement score of contact records.
-- Generated for PostgreSQL; $1 is the as-of date (a timestamp without time zone, in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: negative, positive.
-- A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.
WITH
params AS (
    SELECT CAST($1 AS TIMESTAMP) AS as_of
),
memberships AS (
    SELECT l."record_id" AS id,
        MAX(CASE WHEN l."list" = 'partners' THEN 1 ELSE 0 END) AS in_list_1
    FROM "lists" AS l
    WHERE l."list" IN ('partners')
    GROUP BY l."record_id"
),
visible_events AS (
    -- the contact's own events
    SELECT e."record_id" AS scored_id, e.*
    FROM "events" AS e
    CROSS JOIN params AS p
    WHERE e."type" IN ('email_open', 'visit')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- model.score:1: event visit -3
        SUM((-3)::float8) FILTER (WHERE e."type" = 'visit') AS g1_r1,
        -- model.score:1: event email_open 2
        SUM(2::float8) FILTER (WHERE e."type" = 'email_open') AS g2_r1
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        ((COALESCE(m.in_list_1, 0) = 1) OR COALESCE(r."vip", FALSE)) AS is_scored,
        -- model.score:1: event visit -3
        COALESCE(er.g1_r1, 0::float8) + 0::float8 AS g1_r1,
        -- model.score:1: when ... 4
        CASE WHEN COALESCE(UPPER(r."stage") = UPPER('MQL'), FALSE) THEN 4::float8 ELSE 0::float8 END AS g1_r2,
        -- model.score:1: event email_open 2
        COALESCE(er.g2_r1, 0::float8) AS g2_r1
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN memberships AS m ON m.id = r."id"
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- model.score:1: group negative (engagement), limit none, floor none (S13, S16)
        g1_r1 + g1_r2 AS g1,
        -- model.score:1: group positive (engagement), limit 5, floor none (S13, S16)
        LEAST(g2_r1, 5::float8) AS g2
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1, g2,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        g1 + g2 AS total,
        CAST(NULL AS DOUBLE PRECISION) AS engagement,
        CAST(NULL AS DOUBLE PRECISION) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN (CASE WHEN total >= 65 THEN 'SQL' WHEN total >= 35 AND total < 65 THEN 'MQL' END) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "negative",
    CASE WHEN is_scored THEN g2 END AS "positive"
FROM totals;
-- run it with: EXECUTE "score_legacy"(TIMESTAMP '2025-01-01 00:00:00');

PREPARE "score_fit" (TIMESTAMP) AS
-- ScoreLang score fit (model.score:1): a fit score of contact records.
-- Generated for PostgreSQL; $1 is the as-of date (a timestamp without time zone, in UTC).
-- One row per contact: id, score, engagement, fit, tier, then one column per group: group_score.
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
    WHERE e."type" IN ('visit')
      AND e."timestamp" <= p.as_of
),
event_rules AS (
    SELECT r."id" AS id,
        -- model.score:1: event visit 1
        SUM(1::float8) FILTER (WHERE e."type" = 'visit') AS g1_r2
    FROM "contact" AS r
    CROSS JOIN params AS p
    JOIN visible_events AS e ON e.scored_id = r."id"
    GROUP BY r."id"
),
rule_points AS (
    SELECT r."id" AS id,
        -- whether the record is scored at all: include and exclude filters (S20)
        TRUE AS is_scored,
        -- model.score:1: when ... 10
        CASE WHEN COALESCE(r."age" > 30::float8, FALSE) THEN 10::float8 ELSE 0::float8 END AS g1_r1,
        -- model.score:1: event visit 1
        COALESCE(er.g1_r2, 0::float8) AS g1_r2
    FROM "contact" AS r
    CROSS JOIN params AS p
    LEFT JOIN event_rules AS er ON er.id = r."id"
),
group_points AS (
    SELECT id, is_scored,
        -- model.score:1: group score (fit), limit none, floor 0 (S13, S16)
        GREATEST(0::float8, g1_r1 + g1_r2) AS g1
    FROM rule_points
),
totals AS (
    SELECT id, is_scored, g1,
        -- the groups add up, then the score limit and the floor apply (S14, S16)
        GREATEST(0::float8, g1) AS total,
        CAST(NULL AS DOUBLE PRECISION) AS engagement,
        CAST(NULL AS DOUBLE PRECISION) AS fit
    FROM group_points
)
SELECT id AS "id",
    CASE WHEN is_scored THEN total END AS "score",
    CASE WHEN is_scored THEN engagement END AS "engagement",
    CASE WHEN is_scored THEN fit END AS "fit",
    -- thresholds (S23, S24)
    CASE WHEN is_scored THEN CAST(NULL AS TEXT) END AS "tier",
    CASE WHEN is_scored THEN g1 END AS "group_score"
FROM totals;
-- run it with: EXECUTE "score_fit"(TIMESTAMP '2025-01-01 00:00:00');
