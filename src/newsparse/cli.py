"""Command line: ``newsparse FILE`` prints the Article as JSON; ``-`` reads stdin.

``newsparse --explain FILE`` prints every line/block with its label and the rule that set it.
``newsparse clean INPUT... -o OUT`` cleans whole archives (see :mod:`newsparse.batch`); this
module only turns its arguments into :class:`~newsparse.batch.CleanOptions`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from .errors import NewsparseError
from .pipeline import explain, parse, read_file

USAGE_ERROR = 2
RUN_FAILED = 3


def _read(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else read_file(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn scraped news pages into clean JSON articles.",
        epilog="Many pages, archives, WARCs, JSONL dumps: see  newsparse clean --help",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="page files (HTML or text dumps); - for stdin")
    parser.add_argument("--kind", choices=["html", "text"], help="force the input kind (default: detect)")
    parser.add_argument("--url", help="the page's URL")
    parser.add_argument("--explain", action="store_true", help="show each block's label and the rule that decided it")
    parser.add_argument("--compact", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--format",
        choices=["json", "jsonl", "markdown", "html", "wxr", "csv"],
        help="print in an export format instead of the JSON dict (see README: Exporting to a CMS)",
    )
    return parser


def run_single(args: argparse.Namespace) -> int:
    for path in args.files:
        data = _read(path)
        if args.explain:
            print(explain(data, url=args.url, kind=args.kind).format())
            continue
        article = parse(data, url=args.url, kind=args.kind)
        if args.format:
            from .exporters import export

            sys.stdout.write(export(article, args.format))
            continue
        indent = None if args.compact else 2
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
    return 0


def build_clean_parser() -> argparse.ArgumentParser:
    from .batch import FORMATS

    parser = argparse.ArgumentParser(
        prog="newsparse clean",
        description="Clean many pages: files, directories, JSONL(.gz), WARC(.gz), tar/zip -> articles + rejects.",
        epilog="exit codes: 0 all parsed, 1 some rejects, 2 usage error, 3 the run failed, 130 interrupted",
    )
    add = parser.add_argument
    add("inputs", nargs="+", metavar="INPUT", help="files, directories, archives, WARCs, JSONL; - for stdin")
    add("-o", "--output", required=True, metavar="OUT", help="output file (.jsonl, .csv, .gz) or directory")
    add("--rejects", metavar="FILE", help="rejects JSONL (default: OUT with .rejects.jsonl for its extension)")
    add("--format", choices=sorted(FORMATS), help="output format (default: from OUT's name)")
    add("--jobs", type=int, metavar="N", help="worker processes (default: the machine's cores; 0 = no workers)")
    add("--timeout", type=float, default=10.0, metavar="S", help="seconds per record before it is rejected (0 = none)")
    add("--resume", action="store_true", help="continue an interrupted run of the same command")
    add("--unordered", action="store_true", help="write results as they finish, not in input order")
    add("--include", action="append", default=[], metavar="GLOB", help="only files/members matching (repeatable)")
    add("--exclude", action="append", default=[], metavar="GLOB", help="skip files/members matching (repeatable)")
    add("--field-html", metavar="KEYS", help="JSONL keys holding the HTML, comma-separated (first present wins)")
    add("--field-text", metavar="KEYS", help="JSONL keys holding a text dump, comma-separated")
    add("--field-url", metavar="KEYS", help="JSONL keys holding the URL, comma-separated")
    add("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)")
    add("--summary", metavar="FILE", help="also write the summary as JSON to FILE")
    add("-q", "--quiet", action="store_true", help="no summary on stderr")
    add("--parse-function", help=argparse.SUPPRESS)  # tests: module:function to call instead of newsparse.parse
    return parser


def clean_options(args: argparse.Namespace) -> Any:
    """The parsed arguments as :class:`~newsparse.batch.CleanOptions` (no Namespace goes further)."""
    from dataclasses import replace

    from .batch import CleanOptions, JsonlFields, Selection

    fields = JsonlFields()
    for key, value in (("html", args.field_html), ("text", args.field_text), ("url", args.field_url)):
        if value:
            fields = replace(fields, **{key: tuple(k.strip() for k in value.split(",") if k.strip())})
    extra = {"jobs": args.jobs} if args.jobs is not None else {}
    if args.parse_function:
        extra["parse"] = args.parse_function
    return CleanOptions(
        inputs=tuple(args.inputs),
        output=args.output,
        rejects=args.rejects,
        format=args.format,
        timeout=args.timeout or None,
        resume=args.resume,
        ordered=not args.unordered,
        selection=Selection(tuple(args.include), tuple(args.exclude)),
        fields=fields,
        progress=args.progress,
        **extra,
    )


def clean_main(argv: Sequence[str]) -> int:
    import signal

    from .batch import clean

    args = build_clean_parser().parse_args(argv)
    # kill (SIGTERM) stops like Ctrl-C: what is finished gets committed, --resume continues
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = clean(clean_options(args))
    except NewsparseError as exc:
        print(f"newsparse clean: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a bug or a full disk: what finished is committed, --resume continues
        print(f"newsparse clean: run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return RUN_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as handle:
            json.dump(summary.to_dict(), handle, indent=2)
    return summary.exit_code


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["clean"]:
        return clean_main(argv[1:])
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
