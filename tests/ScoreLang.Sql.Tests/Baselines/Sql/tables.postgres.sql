CREATE TABLE "company" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "industry" TEXT,
    "size" DOUBLE PRECISION,
    "founded" DATE,
    "active" BOOLEAN
);
CREATE TABLE "contact" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "title" TEXT,
    "stage" TEXT,
    "age" DOUBLE PRECISION,
    "created" TIMESTAMP,
    "last_open" DATE,
    "vip" BOOLEAN,
    "company" TEXT
);
CREATE TABLE "events" (
    "record_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "timestamp" TIMESTAMP NOT NULL,
    "outcome" TEXT,
    "minutes" DOUBLE PRECISION,
    "form" TEXT,
    "funnel" TEXT,
    "url" TEXT,
    "secs" DOUBLE PRECISION
);
CREATE TABLE "lists" (
    "list" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);
