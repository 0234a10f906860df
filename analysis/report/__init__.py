"""Reports: the building blocks notebooks call, and the runner behind ``framing report``.

What a notebook calls to present its results:

- :mod:`.blocks`: notes, bullet lists, tables, figures and the one-line summary
  (:class:`ReportSummary`);
- :mod:`.tables`: report tables built from the analysis results;
- :mod:`.describe`: sentences generated from the numbers;
- :mod:`.quality`: the data-quality findings of :func:`analysis.corpus_checks` in a report;
- :mod:`.evidence` (with :mod:`.evidence_spans`): an article with its quotations and markers
  highlighted;
- :mod:`.evidence_links`: the sentences behind a table cell, opened by a click;
- :mod:`.keyword_context`: keyword in context, searchable in the page by outlet and voice;
- :mod:`.downloads`: the exported tables (CSV, parquet) and each figure's data, linked.

Tables are sortable and searchable in the pages, offline (:mod:`.interactive`).

What ``framing report`` runs (:func:`build_reports`, in :mod:`.build`):

- :mod:`.notebooks`: find, read, parametrise and execute the notebooks;
- :mod:`.render`: the HTML report pages and the index;
- :mod:`.provenance`: versions, hashes and the run manifest.
"""

from __future__ import annotations

from .blocks import (
    SUMMARY_MIME,
    FigureHTML,
    ReportSummary,
    Table,
    bullets,
    collapsible,
    figure,
    figure_or_skip,
    note,
    table,
)
from .build import ReportRun, build_reports
from .describe import (
    count_of,
    describe_alignment,
    describe_comparison,
    describe_composition,
    describe_n,
    describe_readability_ordering,
    describe_terms,
    untested_reason,
)
from .downloads import export_table, file_link
from .evidence import EVIDENCE_FAMILIES, article_evidence, evidence_html, evidence_legend
from .evidence_links import evidence_block, evidence_sentences, link_cells
from .keyword_context import kwic, kwic_html, kwic_sentences
from .notebooks import (
    execute_notebook,
    inject_parameters,
    list_notebooks,
    notebook_description,
    notebook_summary,
    notebook_title,
    read_notebook,
)
from .provenance import (
    corpus_fingerprint,
    dependency_versions,
    lexicon_versions,
    package_source_hash,
    run_manifest,
)
from .quality import (
    partial_by_group,
    partial_texts,
    quality_caveat,
    quality_summary,
    quality_table,
)
from .render import NotebookResult, index_html, render_html
from .sampling import sample_note, spread_sample
from .source_evidence import anonymous_source_evidence, source_type_evidence
from .sources import rare_source_types, side_sources, unsided_sources
from .tables import (
    article_columns,
    corpus_table,
    feature_table,
    loaded_term_table,
    marker_counts,
    naming_note,
    naming_table,
    outlet_overview,
    summary_table,
)

__all__ = [
    # what notebooks call
    "SUMMARY_MIME",
    "ReportSummary",
    "Table",
    "table",
    "FigureHTML",
    "figure",
    "figure_or_skip",
    "note",
    "bullets",
    "collapsible",
    "corpus_table",
    "outlet_overview",
    "quality_table",
    "quality_summary",
    "partial_texts",
    "partial_by_group",
    "quality_caveat",
    "article_columns",
    "feature_table",
    "naming_note",
    "naming_table",
    "marker_counts",
    "loaded_term_table",
    "summary_table",
    "describe_n",
    "describe_comparison",
    "describe_terms",
    "count_of",
    "untested_reason",
    "describe_composition",
    "describe_alignment",
    "describe_readability_ordering",
    "evidence_html",
    "evidence_legend",
    "article_evidence",
    "EVIDENCE_FAMILIES",
    "evidence_sentences",
    "evidence_block",
    "link_cells",
    "kwic_sentences",
    "kwic",
    "kwic_html",
    "export_table",
    "file_link",
    "spread_sample",
    "sample_note",
    "rare_source_types",
    "side_sources",
    "unsided_sources",
    "anonymous_source_evidence",
    "source_type_evidence",
    # what `framing report` runs
    "build_reports",
    "ReportRun",
    "NotebookResult",
    "list_notebooks",
    "read_notebook",
    "inject_parameters",
    "execute_notebook",
    "notebook_title",
    "notebook_summary",
    "notebook_description",
    "render_html",
    "index_html",
    "dependency_versions",
    "package_source_hash",
    "corpus_fingerprint",
    "lexicon_versions",
    "run_manifest",
]
