CREATE TABLE "company" (
    "id" VARCHAR NOT NULL,
    "name" VARCHAR,
    "industry" VARCHAR,
    "size" DOUBLE,
    "founded" DATE,
    "active" BOOLEAN
);
CREATE TABLE "contact" (
    "id" VARCHAR NOT NULL,
    "email" VARCHAR,
    "title" VARCHAR,
    "stage" VARCHAR,
    "age" DOUBLE,
    "created" TIMESTAMP,
    "last_open" DATE,
    "vip" BOOLEAN,
    "company" VARCHAR
);
CREATE TABLE "events" (
    "record_id" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "timestamp" TIMESTAMP NOT NULL,
    "outcome" VARCHAR,
    "minutes" DOUBLE,
    "form" VARCHAR,
    "funnel" VARCHAR,
    "url" VARCHAR,
    "secs" DOUBLE
);
CREATE TABLE "lists" (
    "list" VARCHAR NOT NULL,
    "record_id" VARCHAR NOT NULL
);
