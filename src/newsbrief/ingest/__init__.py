"""Reading: every kind of input -> raw Articles (not yet cleaned) and one-line problems.

``read``/``stream`` (sources.py) are the one way in; below them, one module per concern:
formats.py (text, HTML, JSON, JSONL, Multi-News), decode.py (bytes -> text), feeds.py (RSS/Atom),
warc.py (web archives), fetch.py + vetted.py (URLs, fetched safely).
"""

from newsbrief.ingest.sources import Input, ReadResult, is_url, local_files, read, stream

__all__ = ["Input", "ReadResult", "is_url", "local_files", "read", "stream"]
