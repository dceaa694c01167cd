"""splw-text: code the free-text answers of a workforce survey into themes, tables and evidence.

The data flows one way, one stage a module (see README.md, "Architecture"):
load -> clean (+ redact) -> code -> tables / topics -> report.
"""

__version__ = "0.1.0"
