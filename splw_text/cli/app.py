"""The typer application object and the error handling every command shares.

Each area of the CLI lives in its own module in this package and adds its commands to ``app``;
``splw_text/cli/__init__.py`` imports them all. Commands are thin: they parse options, call the Python
API, and print. Heavy libraries are imported inside command bodies so ``splw-text --help`` stays fast.
"""

from __future__ import annotations

from typing import Any

import click
import typer
from typer.core import TyperGroup

from splw_text.errors import InputError


class UserError(click.ClickException):
    """An InputError shown to the user: one line on stderr, exit code 2, no traceback."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"splw-text: error: {self.format_message()}", err=True)


class SplwGroup(TyperGroup):
    """Typer group that turns InputError (and unreadable files) into a one-line error with exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            raise UserError(str(error)) from None
        except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
            raise UserError(f"{error.filename}: {error.strerror}") from None


app = typer.Typer(
    cls=SplwGroup,
    name="splw-text",
    help="Code the free-text answers of a workforce survey into themes, tables and report-ready evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
