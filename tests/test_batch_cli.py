"""``newsparse clean`` end to end: outputs, rejects joined by id, exit codes, resume after kill -9."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from newsparse import Article
from newsparse.cli import main

TESTS = Path(__file__).resolve().parent
SEED = TESTS.parent / "fixtures" / "pages" / "en" / "procuratorate-seed.txt"


def page(i: int) -> str:
    return (
        f"Current location: Home >> News\nStory number {i}\nTime: 2024-02-28 10:30 Source: Xinhua\n\n"
        + f"The county court opened service hall {i} for residents on Monday morning. " * 3
    )


def write_dump(path: Path, n: int, bad_every: int = 0) -> None:
    """A JSONL dump of ``n`` records; every ``bad_every``-th line is broken JSON."""
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                handle.write('{"url": "https://x.example/broken", "html": \n')
            else:
                handle.write(json.dumps({"url": f"https://x.example/{i}", "text": page(i)}) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_jsonl_output_rejects_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 40, bad_every=10)
    out = tmp_path / "out.jsonl"
    code = main(["clean", str(dump), "-o", str(out), "--jobs", "2", "--summary", str(tmp_path / "s.json")])
    assert code == 1  # some rejects
    articles = read_jsonl(out)
    rejects = read_jsonl(tmp_path / "out.rejects.jsonl")  # the default rejects name
    assert len(articles) == 36 and len(rejects) == 4
    assert {r["reason"] for r in rejects} == {"bad_json"}
    assert [a["url"] for a in articles[:2]] == ["https://x.example/0", "https://x.example/1"]  # input order
    assert Article.from_dict(articles[0]).title == "Story number 0"
    assert not {a["id"] for a in articles} & {r["id"] for r in rejects}
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["records"] == 40 and summary["rejects_by_reason"] == {"bad_json": 4}
    assert summary["found_rate"]["title"] == 1.0
    assert "40 records -> 36 articles + 4 rejects" in capsys.readouterr().err


def test_ids_are_stable_and_join_across_runs(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 10, bad_every=5)
    for name in ("a.jsonl", "b.jsonl"):
        main(["clean", str(dump), "-o", str(tmp_path / name), "--jobs", "1", "-q"])
    assert read_jsonl(tmp_path / "a.jsonl") == read_jsonl(tmp_path / "b.jsonl")
    assert read_jsonl(tmp_path / "a.rejects.jsonl") == read_jsonl(tmp_path / "b.rejects.jsonl")


@pytest.mark.parametrize("name", ["out.csv", "out.csv.gz", "out.jsonl.gz", "articles"])
def test_output_formats(tmp_path: Path, name: str) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 6)
    out = tmp_path / name
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "1", "-q"]) == 0
    if name.startswith("out.csv"):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(out, "rt", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [r["title"] for r in rows] == [f"Story number {i}" for i in range(6)]
        assert rows[0]["published"] == "2024-02-28T10:30:00" and rows[0]["source"] == "Xinhua"
    elif name == "articles":
        files = sorted(out.glob("*.json"))
        titles = sorted(Article.from_dict(json.loads(f.read_text())).title or "" for f in files)
        assert titles == sorted(f"Story number {i}" for i in range(6))
    else:
        assert [a["title"] for a in read_jsonl(out)] == [f"Story number {i}" for i in range(6)]


def test_exit_codes(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 3)
    assert main(["clean", str(dump), "-o", str(tmp_path / "ok.jsonl"), "-q"]) == 0
    assert main(["clean", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x.jsonl")]) == 2
    assert main(["clean", str(dump), "-o", "-", "--resume"]) == 2
    assert main(["clean", str(dump), "-o", str(tmp_path / "x.unknown")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["clean", str(dump)])  # -o is required
    assert exc.value.code == 2
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["clean", str(dump), "-o", str(blocked / "out.jsonl"), "-q"]) == 3  # cannot create the output


def test_timeout_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 6)
    with open(dump, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"url": "https://x.example/loop", "html": "LOOP forever"}) + "\n")
        handle.write(json.dumps({"url": "https://x.example/after", "text": page(99)}) + "\n")
    out = tmp_path / "out.jsonl"
    args = ["clean", str(dump), "-o", str(out), "--jobs", "2", "--timeout", "2"]
    assert main([*args, "--parse-function", "test_batch_runner:hook_parse"]) == 1
    assert [a["title"] for a in read_jsonl(out)][-1] == "Story number 99"  # the run went on
    (reject,) = read_jsonl(tmp_path / "out.rejects.jsonl")
    assert (reject["reason"], reject["url"]) == ("timeout", "https://x.example/loop")
    assert "timeout 1" in capsys.readouterr().err


def test_single_page_form_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--compact"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Nanling Procurator: Return to zero and restart cohesion"
    assert main(["--explain", str(SEED)]) == 0
    assert "kind: text" in capsys.readouterr().out


# --- resume -----------------------------------------------------------------------------


def cli(*args: str) -> list[str]:
    """The CLI in a subprocess; each record takes at least 3 ms (see ``slow_parse``)."""
    return [sys.executable, "-m", "newsparse", "clean", *args, "--parse-function", "test_batch_runner:slow_parse"]


SUBPROCESS_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}


def test_resume_after_kill_9_gives_each_record_exactly_once(tmp_path: Path) -> None:
    n = 2000
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, n, bad_every=97)
    out = tmp_path / "out.jsonl"
    command = cli(str(dump), "-o", str(out), "--jobs", "2", "-q")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=SUBPROCESS_ENV)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # let it write beyond the first commit, so uncommitted lines are cut on resume
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    written_before = len(out.read_bytes().splitlines())
    assert 0 < written_before < n

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300, env=SUBPROCESS_ENV)
    assert resumed.returncode == 1, resumed.stderr  # the broken lines are rejects
    articles, rejects = read_jsonl(out), read_jsonl(tmp_path / "out.rejects.jsonl")
    ids = Counter(a["id"] for a in articles) + Counter(r["id"] for r in rejects)
    assert len(ids) == n and set(ids.values()) == {1}  # every record exactly once
    assert len(rejects) == n // 97
    numbers = [int(a["url"].rsplit("/", 1)[1]) for a in articles]
    assert numbers == sorted(numbers)  # and still in input order


def test_resume_cuts_torn_lines_and_uncommitted_output(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 30, bad_every=7)
    out = tmp_path / "out.jsonl.gz"
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "1", "-q"]) == 1
    complete = read_jsonl(out)
    # simulate a kill mid-commit: the journal keeps only its header; output and journal end torn
    journal = Path(str(out) + ".journal")
    header = journal.read_bytes().splitlines(keepends=True)[0]
    journal.write_bytes(header + b'{"a":["0123')
    with open(out, "ab") as handle:
        handle.write(gzip.compress(b'{"id": "torn'))
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "1", "-q", "--resume"]) == 1
    assert read_jsonl(out) == complete
    assert len(read_jsonl(tmp_path / "out.rejects.jsonl.gz")) == 4


def test_sigterm_commits_and_resume_completes(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 600)
    out = tmp_path / "out.csv"
    command = cli(str(dump), "-o", str(out), "--jobs", "1", "-q")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=SUBPROCESS_ENV)
    while (not out.exists() or out.stat().st_size < 200) and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) in (130, 0)
    assert subprocess.run([*command, "--resume"], timeout=300, env=SUBPROCESS_ENV).returncode == 0
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["url"] for r in rows] == [f"https://x.example/{i}" for i in range(600)]


def test_output_inside_an_input_directory_is_not_read_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for i in range(3):
        (site / f"{i}.txt").write_text(page(i), encoding="utf-8")
    for _ in range(2):  # the second run finds last run's output, rejects and journal in the folder
        assert main(["clean", str(site), "-o", str(site / "out.jsonl"), "--jobs", "1", "-q"]) == 0
        assert [a["title"] for a in read_jsonl(site / "out.jsonl")] == [f"Story number {i}" for i in range(3)]


def test_an_exporter_plugs_in_as_a_format(tmp_path: Path) -> None:
    from newsparse.batch import FORMATS, exporter_format, register_format

    register_format(exporter_format("md-test", lambda a: f"# {a.title}\n\n{a.text}\n", ".md"))
    try:
        dump = tmp_path / "dump.jsonl"
        write_dump(dump, 3)
        out = tmp_path / "md"
        assert main(["clean", str(dump), "-o", str(out), "--format", "md-test", "--jobs", "0", "-q"]) == 0
        heads = sorted(f.read_text(encoding="utf-8").splitlines()[0] for f in out.glob("*.md"))
        assert heads == [f"# Story number {i}" for i in range(3)]
    finally:
        FORMATS.pop("md-test")


def test_resume_into_a_directory_of_json_files(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 12, bad_every=6)
    out = tmp_path / "articles"
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "1", "-q"]) == 1
    files = sorted(out.glob("*.json"))
    assert len(files) == 10
    # as if killed before anything was committed, after some files were written
    journal = tmp_path / "articles.journal"
    journal.write_bytes(journal.read_bytes().splitlines(keepends=True)[0])
    for f in files[:4]:
        f.unlink()
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "1", "-q", "--resume"]) == 1
    assert sorted(out.glob("*.json")) == files
    assert len(read_jsonl(tmp_path / "articles.rejects.jsonl")) == 2


def test_resume_refuses_when_the_output_lost_committed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 5)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "0", "-q"]) == 0
    out.unlink()  # the journal says 5 records are done, but their lines are gone
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "0", "-q", "--resume"]) == 2
    assert "cannot resume" in capsys.readouterr().err


def test_workers_that_cannot_start_fail_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 50)
    args = ["clean", str(dump), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1", "-q"]
    assert main([*args, "--parse-function", "no_such_module_here:parse"]) == 3  # not 50 rejects
    assert "died on start-up" in capsys.readouterr().err
