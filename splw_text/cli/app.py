"""The typer application object and the error handling every command shares.

Each area of the CLI lives in its own module in this package and adds its commands to ``app``;
``splw_text/cli/__init__.py`` imports them all. Commands are thin: they parse options, call the Python
API, and print. Heavy libraries are imported inside command bodies so ``splw-text --help`` stays fast.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from splw_text.errors import InputError

USER_ERROR_EXIT_CODE = 2


def fail(message: str) -> typer.Exit:
    """Print ``message`` as one line on stderr and return the Exit (code 2) for the caller to raise."""
    typer.echo(f"splw-text: error: {' '.join(message.split())}", err=True)
    return typer.Exit(USER_ERROR_EXIT_CODE)


class SplwGroup(TyperGroup):
    """Typer group that turns InputError (and unreadable files) into a one-line error with exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            raise fail(str(error)) from None
        except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
            raise fail(f"{error.filename}: {error.strerror}") from None


app = typer.Typer(
    cls=SplwGroup,
    name="splw-text",
    help="Code the free-text answers of a workforce survey into themes, tables and report-ready evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
