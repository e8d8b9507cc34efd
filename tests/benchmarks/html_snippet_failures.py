"""Failing traf-dev snippets of the HTML path, with where their text sits, grouped by cause.

    python tests/benchmarks/html_snippet_failures.py ../shared/datasets [--only ID,...] [--limit N]

For each page: every ``with`` snippet missing from the body (``MISS``) and every ``without``
snippet kept in it (``KEPT``), with the block(s) holding it (label, rule, tag) and, from the
raw tree, the tag path of the tightest element holding it (class/id shown). A summary counts
the failures by the rule of the block that decided them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse
from newsparse.blocks import BODY_LABELS, Block
from newsparse.html.tree import as_root

_SKIP = frozenset({"script", "style", "noscript", "template", "head"})


def _ws(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _describe(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else "?"
    cls, ident = el.get("class"), el.get("id")
    extra = (f"#{ident}" if ident else "") + (f".{'.'.join(cls.split())}" if cls else "")
    return tag + extra[:60]


def tag_path(root: Any, snippet: str) -> str:
    """The path of the tightest element whose text holds the snippet (or its first 40 characters)."""
    want = _ws(snippet)
    for probe in (want, want[:40]):
        best = None
        for el in root.iter():
            if not isinstance(el.tag, str) or el.tag in _SKIP:
                continue
            if probe in _ws("".join(el.itertext())):
                best = el  # iter() is pre-order: a later hit is deeper or a later sibling branch
        if best is not None:
            chain = [best, *best.iterancestors()]
            return " > ".join(_describe(e) for e in reversed(chain[:8]))
    return "(not in the tree's text)"


def holding_blocks(blocks: list[Block], snippet: str) -> list[Block]:
    want = _ws(snippet)
    hits = [b for b in blocks if want in _ws(b.text)]
    if hits:
        return hits
    head = want[:30]
    return [b for b in blocks if head and head in _ws(b.text)]


def cause(blocks: list[Block], body: str) -> str:
    if not blocks:
        return "not a block (skipped in the walk or spans blocks)"
    b = blocks[0]
    rule = b.rule
    for prefix in ("class/id token", "link density", "outside the container; link density", "best run"):
        if rule.startswith(prefix):
            return f"{b.label.value}: {prefix}"
    return f"{b.label.value}: {rule}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--quiet", action="store_true", help="summary only")
    args = ap.parse_args()
    dataset = args.datasets / "traf-dev"
    only = set(filter(None, args.only.split(",")))
    causes: Counter[tuple[str, str]] = Counter()
    shown = 0
    for label, data in metrics.iter_pages(dataset, "html"):
        if only and label["id"] not in only:
            continue
        exp = newsparse.explain(data, kind="html", url=label.get("url"))
        body = _ws(exp.article.text)
        fails = [("MISS", s) for s in label.get("with", []) if _ws(s) not in body]
        fails += [("KEPT", s) for s in label.get("without", []) if _ws(s) in body]
        if not fails:
            continue
        root = None
        for what, snippet in fails:
            held = holding_blocks(exp.blocks, snippet)
            # the block that decided it first: a kept block for KEPT, a dropped one for MISS
            held.sort(key=lambda b: (b.label in BODY_LABELS) != (what == "KEPT"))
            why = cause(held, body)
            causes[(what, why)] += 1
            if args.quiet:
                continue
            if root is None:
                root, _ = as_root(data)
            print(f"{label['id']} {what} {snippet[:90]!r}")
            for b in held[:2]:
                print(f"    block {b.index} {b.label.value} [{b.rule}] <{b.tag}> main={b.in_main} {b.text[:70]!r}")
            print(f"    path: {tag_path(root, snippet)}")
        shown += 1
        if args.limit and shown >= args.limit:
            break
    print("\n== causes")
    for (what, why), n in causes.most_common():
        print(f"{n:4d}  {what}  {why}")


if __name__ == "__main__":
    main()
