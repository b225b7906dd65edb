-- The analysis of each article: the whole JSON object, and its facts as queryable rows.
CREATE TABLE analyses (
    article_id VARCHAR PRIMARY KEY,
    kroniek_version VARCHAR,
    analysed_at TIMESTAMPTZ DEFAULT current_timestamp,
    result JSON NOT NULL
);

CREATE TABLE entities (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    name VARCHAR,
    name_nl VARCHAR,
    type VARCHAR,
    wikidata VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    mentions INTEGER,
    PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    direct BOOLEAN,
    speaker_entity VARCHAR,
    speaker_name VARCHAR,
    speaker_text VARCHAR,
    cue VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quantities (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    value DOUBLE,
    low DOUBLE,
    high DOUBLE,
    approx BOOLEAN,
    counted VARCHAR,
    unit VARCHAR,
    owner VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE times (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    value VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    geonames VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    country VARCHAR,
    PRIMARY KEY (article_id, idx)
);
