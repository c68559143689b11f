"""The pipeline's small error hierarchy.

* ``TransientError``: the run cannot go on now but may succeed on retry (a source or warehouse that
  is momentarily unavailable). Airflow tasks retry these.
* ``TerminalError``: this record (or this request) is bad and retrying will not help. Per-record
  terminal errors become ``Reject`` rows with the message as reason; the rest of the run goes on.
"""


class PipelineError(Exception):
    """Base class of every error the pipeline raises on purpose."""


class TransientError(PipelineError):
    """Retry may help (I/O hiccup, a lock held by another writer)."""


class TerminalError(PipelineError):
    """Retry will not help; the record is rejected with this message as its reason."""


class BadArticle(TerminalError):
    """An input article is unusable (no text, no date, unparseable file)."""


class ConfigurationError(TerminalError):
    """Settings or arguments are wrong; the message says which and how to fix it."""
