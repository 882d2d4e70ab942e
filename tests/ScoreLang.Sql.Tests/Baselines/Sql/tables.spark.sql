CREATE TABLE `company` (
    `id` STRING NOT NULL,
    `name` STRING,
    `industry` STRING,
    `size` DOUBLE,
    `founded` DATE,
    `active` BOOLEAN
);
CREATE TABLE `contact` (
    `id` STRING NOT NULL,
    `email` STRING,
    `title` STRING,
    `stage` STRING,
    `age` DOUBLE,
    `created` TIMESTAMP,
    `last_open` DATE,
    `vip` BOOLEAN,
    `company` STRING
);
CREATE TABLE `events` (
    `record_id` STRING NOT NULL,
    `type` STRING NOT NULL,
    `timestamp` TIMESTAMP NOT NULL,
    `outcome` STRING,
    `minutes` DOUBLE,
    `form` STRING,
    `funnel` STRING,
    `url` STRING,
    `secs` DOUBLE
);
CREATE TABLE `lists` (
    `list` STRING NOT NULL,
    `record_id` STRING NOT NULL
);
