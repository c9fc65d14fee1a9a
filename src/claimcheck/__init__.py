"""claimcheck: find the numeric claims of a folder of articles and the places
where sources contradict each other."""

from claimcheck.api import ConflictSettings, CorpusError, ScanResult, scan, write_outputs

__all__ = ["ConflictSettings", "CorpusError", "ScanResult", "scan", "write_outputs"]
__version__ = "0.1.0"
