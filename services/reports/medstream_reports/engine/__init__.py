"""Offline, deterministic report engine: adult reference ranges, red-flag rules, bilingual text.

``OfflineReportEngine().generate(request, report_id=..., created_at=...)`` turns a
``ReportRequested`` into a ``ReportGenerated``; ``reference_ranges`` exposes the typed ranges.
"""

from .offline import OfflineReportEngine, analyse

__all__ = ["OfflineReportEngine", "analyse"]
