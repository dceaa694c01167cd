"""The ``splw-text`` command line: importing this package registers every command on ``app``.

Each module below adds its commands to ``app`` when imported.
"""

from splw_text.cli import coding, demo, foundation, learn, qda, reporting, topics  # noqa: F401
from splw_text.cli.app import app

__all__ = ["app"]
