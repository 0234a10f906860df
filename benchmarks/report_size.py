"""Size of the rendered reports on a large corpus: every page must stay one HTML file of at most
20 MB on 10,000 articles (the keyword search and the evidence behind the cells are sampled, and
say so).

    python benchmarks/report_size.py [--n 10000] [--out /tmp/report-size] [--seed 0]

Draws a seeded sample of ``n`` articles from the AllSides corpus in ``../shared`` (its ``source``
column is the outlet), writes it as parquet, runs ``build_reports`` on it and prints the size of
every page and data file, and the time taken.  Results go in benchmarks/RESULTS.md by hand.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.paths import shared_path
from analysis.report import build_reports

LIMIT_MB = 20.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="/tmp/report-size")
    ap.add_argument("--notebooks", default=None, help="e.g. 01,02 (default: all)")
    args = ap.parse_args(argv)
    import pandas as pd

    src = shared_path("datasets", "allsides-2012-2020", "articles.parquet")
    if src is None:
        print("needs ../shared/datasets/allsides-2012-2020 (absent)")
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    df = pd.read_parquet(src).sample(n=args.n, random_state=args.seed)
    df = df.rename(columns={"source": "outlet", "id": "article_id"}).reset_index(drop=True)
    corpus = out / f"allsides-{args.n}.parquet"
    df.to_parquet(corpus, index=False)
    print(f"{len(df):,} articles, {df['outlet'].nunique()} outlets -> {corpus}")
    t0 = time.perf_counter()
    select = args.notebooks.split(",") if args.notebooks else None
    run = build_reports(corpus, out / "reports", notebooks=select)
    took = time.perf_counter() - t0
    print(f"build_reports: {took / 60:.1f} min, ok={run.ok}")
    worst = 0.0
    for page in sorted((out / "reports").glob("*.html")):
        mb = page.stat().st_size / 1e6
        worst = max(worst, mb)
        print(f"  {page.name:32s} {mb:7.2f} MB")
    for f in sorted((out / "reports" / "data").glob("*")):
        print(f"  data/{f.name:27s} {f.stat().st_size / 1e6:7.2f} MB")
    for r in run.results:
        if not r.ok:
            print(f"  FAILED {r.name}: {r.error}")
    print(f"largest page {worst:.2f} MB (limit {LIMIT_MB:.0f} MB)")
    return 0 if run.ok and worst <= LIMIT_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
