"""Report outputs built from a TableSet: the XLSX workbook and the self-contained HTML report."""

from splw_text.report.html import render_html_report, write_html_report
from splw_text.report.xlsx import write_xlsx

__all__ = ["render_html_report", "write_html_report", "write_xlsx"]
