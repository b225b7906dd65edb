"""The embedded DuckDB store: articles, their signatures and near-duplicate links."""

from kroniek.store.duckdb_store import AddResult, Store, StoreError, default_db_path

__all__ = ["AddResult", "Store", "StoreError", "default_db_path"]
