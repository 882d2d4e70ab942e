-- The benchmark model (Model/benchmark.score) in hand-written DuckDB SQL: what a data team would write instead.
-- {asOf} is the evaluation date as a TIMESTAMP literal. Event types: 0 page_viewed, 1 email_opened, 2 email_clicked,
-- 3 form_submitted, 4 meeting_booked, 5 meeting_completed. Text tests ignore case (S: docs/language.md "Text").
WITH e AS (
  SELECT contact, type, txt, code, ts,
         -- whole days elapsed, and calendar months between the event's month and the as-of month
         (epoch_us({asOf}) - epoch_us(ts)) // 86400000000 AS days,
         (year({asOf}) * 12 + month({asOf})) - (year(ts) * 12 + month(ts)) AS months
  FROM events
  WHERE ts <= {asOf}                                   -- events after the evaluation date never count (S19)
), d AS (
  SELECT *,
         -- k = the largest k with ts + k periods <= as-of (S18); DuckDB clamps month ends as the language does
         CASE WHEN months > 0 AND ts + to_months(months) > {asOf} THEN months - 1 ELSE months END AS k1,
         CASE WHEN months >= 3 AND months % 3 = 0 AND ts + to_months(months) > {asOf} THEN months // 3 - 1 ELSE months // 3 END AS k3
  FROM e
), points AS (
  SELECT contact,
         sum(CASE WHEN type = 4 THEN 10.0 ELSE 0 END) AS booked,
         sum(CASE WHEN type = 5 THEN 20.0 * pow(0.5, days / 30.0) ELSE 0 END) AS completed,
         sum(CASE WHEN type = 1 THEN 2.0 * greatest(0.0, 1.0 - 0.5 * least(k1, 2)) ELSE 0 END) AS opened,
         sum(CASE WHEN type = 2 AND contains(lower(txt), 'spring') THEN 5.0 * greatest(0.0, 1.0 - 0.5 * least(k1, 2)) ELSE 0 END) AS clicked,
         sum(CASE WHEN type = 3 AND lower(txt) = 'demo request' THEN 10.0 * greatest(0.0, 1.0 - least(k3, 1)) ELSE 0 END) AS demo,
         sum(CASE WHEN type = 3 AND code = 2 THEN 3.0 * pow(0.5, days / 14.0) ELSE 0 END) AS bottom,
         max(CASE WHEN type = 0 AND contains(lower(txt), '/pricing') THEN 4.0 ELSE 0 END) AS pricing,
         sum(CASE WHEN type = 0 THEN 1.0 * greatest(0.0, 1.0 - 0.5 * least(k1, 2)) ELSE 0 END) AS pages
  FROM d
  GROUP BY contact
), engagement AS (
  SELECT c.r,
         NOT (c.employee OR coalesce(c.stage IN (4, 5), false)) AS scored,
         greatest(0.0, least(coalesce(p.booked, 0) + coalesce(p.completed, 0), 60.0))::DOUBLE AS sales,
         greatest(0.0, least(coalesce(p.opened, 0) + coalesce(p.clicked, 0) + coalesce(p.demo, 0) + coalesce(p.bottom, 0)
                             + coalesce(p.pricing, 0) + coalesce(p.pages, 0), 40.0))::DOUBLE AS marketing
  FROM contacts c LEFT JOIN points p ON p.contact = c.r
), fit AS (
  SELECT c.r,
         NOT c.competitor AS scored,
         greatest(0.0, least(
             CASE WHEN contains(lower(c.job_title), 'director') OR contains(lower(c.job_title), 'head of') THEN 20 ELSE 0 END
           + CASE WHEN starts_with(lower(c.job_title), 'vp') THEN 20 ELSE 0 END
           + CASE WHEN contains(lower(c.job_title), 'student') THEN -15 ELSE 0 END
           + CASE WHEN c.unsubscribed THEN -10 ELSE 0 END, 40.0))::DOUBLE AS role,
         greatest(0.0, least(
             CASE WHEN co.num_employees BETWEEN 50 AND 499 THEN 20 ELSE 0 END
           + CASE WHEN co.num_employees >= 500 THEN 30 ELSE 0 END
           + CASE WHEN co.industry IN (0, 2) THEN 20 ELSE 0 END
           + CASE WHEN upper(co.country) IN ('NL', 'BE', 'FR') THEN 10 ELSE 0 END
           + CASE WHEN co.country IS NULL THEN -5 ELSE 0 END
           + CASE WHEN c.budget >= 50 THEN 5 ELSE 0 END, 60.0))::DOUBLE AS firmographics
  FROM contacts c LEFT JOIN companies co ON co.r = c.company
), totals AS (
  SELECT g.r, g.scored, g.sales, g.marketing, greatest(0.0, least(g.sales + g.marketing, 100.0)) AS engagement,
         f.scored AS fit_scored, f.role, f.firmographics, greatest(0.0, least(f.role + f.firmographics, 100.0)) AS fit
  FROM engagement g JOIN fit f ON f.r = g.r
)
SELECT r, scored, sales, marketing, engagement,
       CASE WHEN engagement >= 70 AND engagement < 101 THEN 0 WHEN engagement >= 40 AND engagement < 70 THEN 1
            WHEN engagement >= 0 AND engagement < 40 THEN 2 ELSE -1 END AS engagement_tier,
       fit_scored, role, firmographics, fit,
       CASE WHEN fit >= 70 AND fit < 101 THEN 0 WHEN fit >= 40 AND fit < 70 THEN 1
            WHEN fit >= 0 AND fit < 40 THEN 2 ELSE -1 END AS fit_tier
FROM totals
