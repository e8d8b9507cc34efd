"""Command line: ``newsparse FILE`` prints the Article as JSON; ``-`` reads stdin.

``newsparse --explain FILE`` prints every line/block with its label and the rule that set it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from .errors import NewsparseError
from .pipeline import explain, parse, read_file

USAGE_ERROR = 2


def _read(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else read_file(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsparse", description="Turn scraped news pages into clean JSON articles.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="page files (HTML or text dumps); - for stdin")
    parser.add_argument("--kind", choices=["html", "text"], help="force the input kind (default: detect)")
    parser.add_argument("--url", help="the page's URL")
    parser.add_argument("--explain", action="store_true", help="show each block's label and the rule that decided it")
    parser.add_argument("--compact", action="store_true", help="one JSON object per line")
    return parser


def run_single(args: argparse.Namespace) -> int:
    for path in args.files:
        data = _read(path)
        if args.explain:
            print(explain(data, url=args.url, kind=args.kind).format())
            continue
        article = parse(data, url=args.url, kind=args.kind)
        indent = None if args.compact else 2
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    try:
        return run_single(args)
    except NewsparseError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
