#!/usr/bin/env bash
# Regenerates samples/data: a deterministic synthetic data set for crm.schema (seed 2024, 300 contacts,
# 30 companies, events from January to June 2024), plus the guides' worked-example contact, who books a meeting,
# opens two marketing emails and clicks three links on 30 June 2024 (Sales 10 + Marketing 19 = 29 as of 1 July).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/ScoreLang.Cli -- generate samples/crm.schema \
  --records 300 --events-per-record 12 --seed 2024 --from 2024-01-01 --to 2024-06-30 --out samples/data
printf 'worked-example,kim@example.com,Marketing Director,lead,NL,,,2024-05-02T09:00:00Z,,false,company-1\n' >> samples/data/contact.csv
for event in meeting_booked marketing_email_opened marketing_email_opened marketing_email_clicked marketing_email_clicked marketing_email_clicked; do
  printf 'worked-example,%s,2024-06-30T10:00:00Z,,,,,\n' "$event" >> samples/data/events.csv
done
