"""Inline SVG charts for the HTML report: no script, no external file, every label escaped.

Each function returns ``markupsafe.Markup`` that the template inserts as it is. Colours come from the
codebook where a theme has one; suppressed figures are drawn as a hatched cell or a "[c]" label.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from splw_text.tables.model import SUPPRESSED_MARK

FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif"
DEFAULT_COLOUR = "#005eb8"  # NHS blue
MUTED = "#768692"


@dataclass(frozen=True)
class Bar:
    """One bar: a label, a percentage with its interval (percent), a caption, a colour."""

    label: str
    pct: float | None
    low: float | None = None
    high: float | None = None
    caption: str = ""
    colour: str | None = None
    suppressed: bool = False


def _number(value: float | None) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def bar_chart(bars: Sequence[Bar], title: str, label_width: int = 300, width: int = 860) -> Markup:
    """Horizontal bars with 95% interval whiskers, one row per bar, scaled to the largest upper bound."""
    row = 30
    top = 8
    height = top + row * len(bars) + 30
    plot = width - label_width - 110
    highest = max(_finite([b.high if _number(b.high) else b.pct for b in bars]) + [1.0])
    scale_max = min(100.0, math.ceil(highest / 10) * 10) or 10.0
    x = lambda value: label_width + plot * value / scale_max  # noqa: E731
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" style="{FONT};max-width:{width}px">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in range(0, int(scale_max) + 1, 10 if scale_max > 40 else 5):
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top}" y2="{height - 24}" stroke="#e8edee"/>'
            f'<text x="{x(tick):.1f}" y="{height - 8}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick}%</text>'
        )
    for index, bar in enumerate(bars):
        y = top + index * row
        parts.append(_label(bar.label, label_width - 8, y + 15))
        if bar.suppressed or not _number(bar.pct):
            mark = SUPPRESSED_MARK if bar.suppressed else "–"
            parts.append(
                f'<text x="{label_width + 4}" y="{y + 19}" font-size="12" fill="{MUTED}">{escape(mark)}</text>'
            )
            continue
        pct = float(bar.pct)  # type: ignore[arg-type]
        colour = escape(bar.colour or DEFAULT_COLOUR)
        parts.append(
            f'<rect class="bar" x="{label_width}" y="{y + 6}" width="{max(x(pct) - label_width, 1):.1f}" '
            f'height="18" rx="2" fill="{colour}" fill-opacity="0.85"><title>{escape(bar.label)}: '
            f"{pct:.1f}%</title></rect>"
        )
        end = x(pct)
        if _number(bar.low) and _number(bar.high):
            low, high = x(float(bar.low)), x(float(bar.high))  # type: ignore[arg-type]
            parts.append(
                f'<g class="interval" stroke="#212b32" stroke-width="1.3">'
                f'<line x1="{low:.1f}" x2="{high:.1f}" y1="{y + 15}" y2="{y + 15}"/>'
                f'<line x1="{low:.1f}" x2="{low:.1f}" y1="{y + 10}" y2="{y + 20}"/>'
                f'<line x1="{high:.1f}" x2="{high:.1f}" y1="{y + 10}" y2="{y + 20}"/></g>'
            )
            end = max(end, high)
        caption = f"{pct:.0f}%" + (f"  {bar.caption}" if bar.caption else "")
        parts.append(
            f'<text x="{end + 6:.1f}" y="{y + 19}" font-size="12" fill="#212b32">{escape(caption)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class HeatCell:
    """One cell of the heat map: a percentage (None when empty) and whether it is suppressed."""

    pct: float | None
    suppressed: bool = False


def heat_map(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    cells: Sequence[Sequence[HeatCell]],
    title: str,
    column_notes: Sequence[str] = (),
) -> Markup:
    """A grid of percentages shaded from white to blue; suppressed cells hatched and marked "[c]"."""
    label_width = 300
    cell_width = max(92, min(140, 560 // max(len(column_labels), 1)))
    header = 64
    row = 28
    width = label_width + cell_width * len(column_labels) + 10
    height = header + row * len(row_labels) + 6
    top = max(_finite([c.pct for line in cells for c in line if not c.suppressed]) + [1.0])
    parts = [
        f'<svg class="chart heatmap" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" style="{FONT};max-width:{width}px">',
        f"<title>{escape(title)}</title>",
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f0f4f5"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#d8dde0" stroke-width="3"/></pattern></defs>',
    ]
    for column, label in enumerate(column_labels):
        cx = label_width + column * cell_width + cell_width / 2
        lines = _wrap(label, 16)[:2]
        for number, line in enumerate(lines):
            parts.append(
                f'<text x="{cx:.1f}" y="{14 + number * 14}" font-size="12" text-anchor="middle" '
                f'font-weight="600" fill="#212b32">{escape(line)}</text>'
            )
        if column < len(column_notes) and column_notes[column]:
            parts.append(
                f'<text x="{cx:.1f}" y="{header - 8}" font-size="11" text-anchor="middle" fill="{MUTED}">'
                f"{escape(column_notes[column])}</text>"
            )
    for index, label in enumerate(row_labels):
        y = header + index * row
        parts.append(_label(label, label_width - 8, y + 14))
        for column, cell in enumerate(cells[index]):
            x = label_width + column * cell_width
            if cell.suppressed:
                fill, text, ink = "url(#hatch)", SUPPRESSED_MARK, MUTED
            elif _number(cell.pct):
                share = float(cell.pct) / top  # type: ignore[arg-type]
                fill, text = _blue(share), f"{float(cell.pct):.0f}%"  # type: ignore[arg-type]
                ink = "#ffffff" if share > 0.55 else "#212b32"
            else:
                fill, text, ink = "#ffffff", "–", MUTED
            parts.append(
                f'<rect class="cell" x="{x + 1}" y="{y + 1}" width="{cell_width - 2}" height="{row - 2}" '
                f'fill="{fill}" stroke="#ffffff"/><text x="{x + cell_width / 2:.1f}" y="{y + 18}" '
                f'font-size="12" text-anchor="middle" fill="{ink}">{escape(text)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class Change:
    """One row of a wave-on-wave chart: a label, the share in the first and last wave (percent)."""

    label: str
    before: float | None
    after: float | None
    significant: bool = False


def dumbbell(changes: Sequence[Change], wave_from: str, wave_to: str, title: str) -> Markup:
    """Two dots per row (earlier wave hollow, later wave filled) joined by a line; significant changes bold."""
    label_width = 300
    width = 860
    plot = width - label_width - 120
    row = 28
    top = 30
    height = top + row * len(changes) + 26
    values = _finite([v for c in changes for v in (c.before, c.after)])
    scale_max = min(100.0, math.ceil(max(values + [1.0]) / 10) * 10) or 10.0
    x = lambda value: label_width + plot * value / scale_max  # noqa: E731
    parts = [
        f'<svg class="chart dumbbell" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" style="{FONT};max-width:{width}px">',
        f"<title>{escape(title)}</title>",
        f'<circle cx="{label_width + 6}" cy="12" r="5" fill="#ffffff" stroke="{DEFAULT_COLOUR}" stroke-width="2"/>'
        f'<text x="{label_width + 16}" y="16" font-size="12" fill="#212b32">{escape(wave_from)}</text>'
        f'<circle cx="{label_width + 96}" cy="12" r="5" fill="{DEFAULT_COLOUR}"/>'
        f'<text x="{label_width + 106}" y="16" font-size="12" fill="#212b32">{escape(wave_to)}</text>',
    ]
    for tick in range(0, int(scale_max) + 1, 10 if scale_max > 40 else 5):
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top}" y2="{height - 22}" stroke="#e8edee"/>'
            f'<text x="{x(tick):.1f}" y="{height - 6}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick}%</text>'
        )
    for index, change in enumerate(changes):
        y = top + index * row + 14
        weight = "700" if change.significant else "400"
        parts.append(_label(change.label, label_width - 8, y, weight))
        if not (_number(change.before) and _number(change.after)):
            parts.append(
                f'<text x="{label_width + 4}" y="{y + 4}" font-size="12" fill="{MUTED}">'
                f"{escape(SUPPRESSED_MARK)}</text>"
            )
            continue
        before, after = float(change.before), float(change.after)  # type: ignore[arg-type]
        parts.append(
            f'<line x1="{x(before):.1f}" x2="{x(after):.1f}" y1="{y}" y2="{y}" stroke="{MUTED}" stroke-width="2"/>'
            f'<circle cx="{x(before):.1f}" cy="{y}" r="5" fill="#ffffff" stroke="{DEFAULT_COLOUR}" stroke-width="2"/>'
            f'<circle class="point" cx="{x(after):.1f}" cy="{y}" r="5" fill="{DEFAULT_COLOUR}"/>'
            f'<text x="{max(x(before), x(after)) + 10:.1f}" y="{y + 4}" font-size="12" font-weight="{weight}" '
            f'fill="#212b32">{round(after - before):+d} pts</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked_bar(labels: Sequence[str], pcts: Sequence[float | None], title: str, width: int = 860) -> Markup:
    """One 100% bar split by level, with a legend; levels with a suppressed share are left out of the bar."""
    palette = ["#005eb8", "#41b6e6", "#768692", "#ffb81c", "#ed8b00", "#330072", "#009639", "#8a1538"]
    height = 26 + 22 * math.ceil(len(labels) / 3) + 8
    parts = [
        f'<svg class="chart stacked" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" style="{FONT};max-width:{width}px">',
        f"<title>{escape(title)}</title>",
    ]
    offset = 0.0
    for index, pct in enumerate(pcts):
        if not _number(pct):
            continue
        share = float(pct) * width / 100  # type: ignore[arg-type]
        colour = palette[index % len(palette)]
        parts.append(
            f'<rect class="bar" x="{offset:.1f}" y="0" width="{share:.1f}" height="20" fill="{colour}">'
            f"<title>{escape(labels[index])}: {float(pct):.0f}%</title></rect>"  # type: ignore[arg-type]
        )
        offset += share
    for index, label in enumerate(labels):
        column, line = index % 3, index // 3
        lx, ly = column * (width / 3), 40 + line * 22
        pct = pcts[index]
        value = f"{float(pct):.0f}%" if _number(pct) else SUPPRESSED_MARK  # type: ignore[arg-type]
        parts.append(
            f'<rect x="{lx:.1f}" y="{ly - 11}" width="12" height="12" fill="{palette[index % len(palette)]}"/>'
            f'<text x="{lx + 18:.1f}" y="{ly}" font-size="12" fill="#212b32">'
            f"{escape(_clip(label, 34))} {escape(value)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _label(text: str, x: float, middle: float, weight: str = "400") -> str:
    """A right-aligned row label centred on ``middle``: one line, or two smaller lines when long."""
    lines = _wrap(text, 40) if len(text) > 40 else [text]
    if len(lines) == 1:
        return (
            f'<text x="{x}" y="{middle + 4.5:.1f}" font-size="13" text-anchor="end" font-weight="{weight}" '
            f'fill="#212b32">{escape(text)}</text>'
        )
    return (
        f'<text x="{x}" y="{middle - 2:.1f}" font-size="11.5" text-anchor="end" font-weight="{weight}" '
        f'fill="#212b32"><tspan x="{x}">{escape(lines[0])}</tspan>'
        f'<tspan x="{x}" dy="13">{escape(lines[1])}</tspan></text>'
    )


def _finite(values: Sequence[float | None]) -> list[float]:
    """The values that are numbers (not None, not NaN)."""
    return [float(v) for v in values if v is not None and not math.isnan(float(v))]


def _blue(share: float) -> str:
    """Interpolate from a very light blue to NHS dark blue."""
    share = max(0.0, min(1.0, share))
    start, end = (232, 241, 250), (0, 48, 135)
    red, green, blue = (round(a + (b - a) * share) for a, b in zip(start, end, strict=True))
    return f"#{red:02x}{green:02x}{blue:02x}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], _clip(" ".join(lines[1:]), width)]
    return lines
