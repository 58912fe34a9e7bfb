"""The SQLite store of sourced humanitarian figures."""

from .db import IngestResult, Store, StoreError, check_article_text
from .gazetteer import Entity, Gazetteer, Mention

__all__ = ["Store", "StoreError", "IngestResult", "Gazetteer", "Entity", "Mention", "check_article_text"]
