"""Reading corpora: a folder (with ``manifest.csv``, of outlet folders, or of article files),
or one ``.csv``/``.tsv``/``.jsonl``/``.json``/``.parquet`` file, Nexis Uni ``.docx``, LexisNexis
``.txt``, Factiva ``.html`` or either database's ``.rtf`` export.

This package and the report runner and the CLI are what touch the file system.  Everything
downstream works on the DataFrame returned by :func:`load_corpus`.

Modules, in the order a corpus passes through them:

- :mod:`.decode`: bytes to text (encodings, binary data), one article file.
- :mod:`.tables` / :mod:`.jsonl`: table files read whole or in chunks, with hints for bad files.
- :mod:`.folder`: a folder's ``manifest.csv`` and the text files it names; without one,
  :mod:`.layout` (one subfolder per outlet) or :mod:`.records` (JSON article files and
  :mod:`.nexis`, :mod:`.nexis_text`, :mod:`.factiva` and :mod:`.rtf`
  exports); :mod:`.jsonfile`: a ``.json`` document's articles.
- :mod:`.cells`: one cell: missing or not, a text cell coerced to text.
- :mod:`.dates`: the ``published`` column.
- :mod:`.standardise`: a table as read to the corpus DataFrame (columns, text, outlets, ids);
  :mod:`.hosts`: outlets named by web host folded by site.
- :mod:`.load`: :func:`load_corpus`;  :mod:`.stream`: :func:`iter_corpus`;  :mod:`.subsample`:
  :func:`subsample_file` (a seeded subset of a large Parquet file, read without every text).
"""

from .cells import as_text, is_missing
from .decode import decode_bytes, read_text_file
from .load import load_corpus
from .standardise import CORE_COLUMNS
from .stream import iter_corpus
from .subsample import subsample_file

__all__ = [
    "load_corpus",
    "iter_corpus",
    "subsample_file",
    "read_text_file",
    "decode_bytes",
    "CORE_COLUMNS",
    "as_text",
    "is_missing",
]
