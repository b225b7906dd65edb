-- Articles as read by the ingest stage, one row per distinct normalized text.
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    external_id VARCHAR,
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published VARCHAR,
    published_precision VARCHAR,
    language VARCHAR,
    caption VARCHAR,
    credit VARCHAR,
    author VARCHAR,
    sections JSON,
    paragraphs JSON,
    metadata JSON,
    text VARCHAR NOT NULL,
    words INTEGER,
    ingested_at TIMESTAMPTZ DEFAULT current_timestamp
);

-- MinHash signatures, kept so that near-duplicate detection spans every ingest run.
CREATE TABLE article_signatures (
    article_id VARCHAR PRIMARY KEY,
    signature BLOB NOT NULL
);

-- Pairs of articles that tell the same story with small edits (estimated Jaccard similarity).
CREATE TABLE near_duplicates (
    article_id VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL,
    PRIMARY KEY (article_id, duplicate_of)
);
