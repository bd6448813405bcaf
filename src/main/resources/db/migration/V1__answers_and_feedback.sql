-- One schema for SQLite and PostgreSQL: only types and statements both read the same way
-- (TEXT, BIGINT, INTEGER for booleans, epoch milliseconds for times).

-- Every answer served, declined ones included (covered = 0). The id is the key in the answer's button ids.
CREATE TABLE answers (
    id                TEXT PRIMARY KEY,
    asked_at          BIGINT NOT NULL,
    guild_id          BIGINT,
    channel_id        BIGINT,
    asker_hash        TEXT NOT NULL,
    surface           TEXT NOT NULL,
    question          TEXT NOT NULL,
    knowledge_version TEXT NOT NULL,
    covered           INTEGER NOT NULL,
    aspect            TEXT,
    verdict_kind      TEXT NOT NULL,
    verdict_winner    TEXT,
    passage_ids       TEXT NOT NULL,
    latency_micros    BIGINT NOT NULL,
    -- the whole answer as served, so its buttons can page its citations after a restart
    answer_json       TEXT NOT NULL
);
CREATE INDEX answers_asked_at ON answers (asked_at);
CREATE INDEX answers_asker ON answers (asker_hash);

-- One vote per person and answer; a later click replaces it.
CREATE TABLE feedback (
    answer_id  TEXT NOT NULL,
    asker_hash TEXT NOT NULL,
    given_at   BIGINT NOT NULL,
    vote       TEXT NOT NULL,
    reason     TEXT,
    comment    TEXT,
    PRIMARY KEY (answer_id, asker_hash)
);
CREATE INDEX feedback_given_at ON feedback (given_at);
CREATE INDEX feedback_asker ON feedback (asker_hash);
