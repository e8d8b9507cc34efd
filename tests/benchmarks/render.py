"""Render the datasets' HTML pages with other text renderers, cached under /tmp (never in the repo).

Used by ``bench_text.py --renderer R``. Each page is decoded with newsparse's decoder, its charset
declarations are rewritten to utf-8 (as the dataset's own dumps were made), and it is rendered at the
tool's default width. A page the tool fails on (error, timeout) gets an empty dump and a ``.failed``
marker, counted by :func:`failures`. A renderer that is not installed is skipped by the caller.
"""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import metrics

from newsparse.decode import decode_bytes

CACHE = Path(tempfile.gettempdir()) / "newsparse-render"
TIMEOUT = 30  # seconds per page
WORKERS = 2

#: command line per external renderer; "{file}" is an HTML file in UTF-8
COMMANDS: dict[str, list[str]] = {
    "w3m-dump": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "{file}"],
    "lynx": ["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8", "{file}"],
    "links2": ["links2", "-dump", "-codepage", "utf-8", "-html-assume-codepage", "utf-8", "-html-hard-assume", "1",
               "{file}"],
    "elinks": ["elinks", "-dump", "-no-home", "1", "-no-connect", "1", "-dump-charset", "utf-8",
               "-eval", 'set document.codepage.assume = "utf-8"', "-eval", "set document.codepage.force_assumed = 1",
               "{file}"],
}  # fmt: skip
PYTHON_RENDERERS = ("html2text", "inscriptis")
RENDERERS = (*COMMANDS, *PYTHON_RENDERERS)

_CHARSET = re.compile(r"""(<meta[^>]*?charset\s*=\s*["']?)([\w:.-]+)""", re.I)
_XML_ENCODING = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*["'])([\w:.-]+)""", re.I)


def available(renderer: str) -> bool:
    if renderer in COMMANDS:
        return shutil.which(COMMANDS[renderer][0]) is not None
    try:
        __import__(renderer)
    except ImportError:
        return False
    return True


def utf8_html(data: bytes) -> str:
    text = decode_bytes(data).text
    text = _CHARSET.sub(r"\1utf-8", text)
    return _XML_ENCODING.sub(r"\1utf-8", text)


def _run_command(renderer: str, html: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", errors="replace", delete=False) as f:
        f.write(html)
        path = f.name
    try:
        cmd = [path if part == "{file}" else part for part in COMMANDS[renderer]]
        done = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=True, stdin=subprocess.DEVNULL)
        return done.stdout.decode("utf-8", "replace")
    finally:
        Path(path).unlink(missing_ok=True)


def _run_python(renderer: str, html: str) -> str:
    if renderer == "html2text":
        import html2text

        return str(html2text.HTML2Text().handle(html))
    from inscriptis import get_text

    return str(get_text(html))


def render(renderer: str, html: str) -> str:
    run: Callable[[str, str], str] = _run_command if renderer in COMMANDS else _run_python
    return run(renderer, html)


def _render_one(renderer: str, dataset: Path, page_id: str, out: Path) -> None:
    try:
        text = render(renderer, utf8_html(gzip.decompress((dataset / "pages" / f"{page_id}.html.gz").read_bytes())))
    except Exception as exc:  # any failure of the tool is an empty dump, counted
        out.with_suffix(".failed").write_text(f"{type(exc).__name__}: {exc}"[:500], encoding="utf-8")
        text = ""
    out.write_text(text, encoding="utf-8")


def _cache_dir(dataset: Path, renderer: str) -> Path:
    return CACHE / renderer / dataset.name


def rendered_pages(dataset: Path, renderer: str) -> list[tuple[dict, bytes]]:
    folder = _cache_dir(dataset, renderer)
    folder.mkdir(parents=True, exist_ok=True)
    labels = metrics.load_labels(dataset)
    todo = [(lab["id"], folder / f"{lab['id']}.txt") for lab in labels]
    todo = [(pid, out) for pid, out in todo if not out.exists()]
    if todo:
        print(f"rendering {len(todo)} pages of {dataset.name} with {renderer} (cached in {folder})", flush=True)
        with ThreadPoolExecutor(WORKERS) as pool:
            list(pool.map(lambda item: _render_one(renderer, dataset, *item), todo))
    return [(lab, (folder / f"{lab['id']}.txt").read_bytes()) for lab in labels]


def failures(dataset: Path, renderer: str) -> int:
    return len(list(_cache_dir(dataset, renderer).glob("*.failed")))
