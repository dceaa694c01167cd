"""The one exception type that means "the user's input is wrong"."""


class InputError(Exception):
    """Bad input: a file, row, column or option the user can fix.

    The message is one line that names the file and, where it applies, the column and the row.
    The CLI prints it without a traceback and exits with code 2.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))
