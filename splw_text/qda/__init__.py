"""Exchange with qualitative analysis tools through REFI-QDA (QDA-XML 1.0).

- ``write_qdc`` / ``read_qdc``: the codebook as a ``.qdc`` file, and back (``codebook_skeleton``);
- ``export_project`` / ``build_project``: the coded answers as a ``.qdpx`` project (cases, variables,
  text sources, codings over the evidence spans);
- ``read_qdpx`` / ``project_labels`` / ``import_project``: a reviewed project back into the gold format.

Codes, cases, sources and variables carry stable GUIDs (``splw_text.qda.guids``) so re-imports line up.
"""

from splw_text.qda.codebook_xml import QdaCode, read_qdc, write_qdc
from splw_text.qda.project_export import build_project, export_project, write_qdpx
from splw_text.qda.project_import import QdaProject, import_project, project_labels, read_qdpx

__all__ = [
    "QdaCode",
    "QdaProject",
    "build_project",
    "export_project",
    "import_project",
    "project_labels",
    "read_qdc",
    "read_qdpx",
    "write_qdc",
    "write_qdpx",
]
