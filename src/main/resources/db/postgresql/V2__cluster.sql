-- PostgreSQL only: the processes that serve one bot through this database agree on the knowledge version here
-- (dev.stackbot.cluster). SQLite serves one process and never has these tables. Version numbers are shared with
-- db/migration: the next migration of either folder is V3.

-- The processes serving the bot, each with its heartbeat and the knowledge version it serves. A process removes
-- its row when it stops; a row whose heartbeat is older than three of its intervals is a process that is gone.
CREATE TABLE cluster_processes (
    id                TEXT PRIMARY KEY,          -- random, one per process run
    name              TEXT NOT NULL,             -- "shards 0-1": what /reload's reply calls it
    started_at        TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    heartbeat_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    heartbeat_millis  BIGINT NOT NULL,           -- its own interval: stale after three of them
    knowledge_version TEXT NOT NULL
);

-- Every version the processes were asked to serve; the newest row is the cluster's current version. "reload":
-- a /reload validated it; "start": a process found nobody else alive and its own version became the cluster's.
CREATE TABLE cluster_reloads (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              TEXT NOT NULL,
    requested_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    requested_by      TEXT NOT NULL,             -- cluster_processes.id of the process that asked
    requested_by_name TEXT NOT NULL,
    knowledge_version TEXT NOT NULL
);

-- What each process did with a reload: the asking process waits for these rows.
CREATE TABLE cluster_reload_reports (
    reload_id         BIGINT NOT NULL REFERENCES cluster_reloads (id) ON DELETE CASCADE,
    process_id        TEXT NOT NULL,
    process_name      TEXT NOT NULL,
    outcome           TEXT NOT NULL,             -- ProcessReport.Outcome
    knowledge_version TEXT NOT NULL,             -- what the process serves after it
    detail            TEXT NOT NULL,
    reported_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (reload_id, process_id)
);
