"""The ``splw-text`` command line: importing this package registers every command on ``app``."""

from splw_text.cli.app import app

# Each module adds its commands to ``app`` when imported.
from splw_text.cli import coding  # noqa: E402,F401
from splw_text.cli import demo  # noqa: E402,F401
from splw_text.cli import foundation  # noqa: E402,F401
from splw_text.cli import learn  # noqa: E402,F401
from splw_text.cli import qda  # noqa: E402,F401
from splw_text.cli import reporting  # noqa: E402,F401
from splw_text.cli import topics  # noqa: E402,F401

__all__ = ["app"]
