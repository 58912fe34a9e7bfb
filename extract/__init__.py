"""Extraction: article text -> sourced figures, and ingest (extraction + one store transaction)."""

from .figures import extract_figures

__all__ = ["extract_figures", "ingest_article"]


def __getattr__(name: str):
    # ingest pulls in the store's write API; load it only when asked for.
    if name == "ingest_article":
        from .ingest import ingest_article

        return ingest_article
    raise AttributeError(name)
