"""``newsparse clean --format markdown|html|wxr``: the CMS exporters as batch outputs."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from lxml import etree

from newsparse.cli import main

WP = "{http://wordpress.org/export/1.2/}"


def write_dump(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            text = (
                f"Current location: Home >> County news\nService hall {i} opens\n"
                f"Time: 2024-02-{10 + i} 10:30 Source: Xinhua\n\n"
                + f"The county court opened service hall {i} for residents on Monday morning. "
                * 3
            )
            handle.write(json.dumps({"url": f"https://x.example/{i}", "text": text}) + "\n")
        handle.write("{broken\n")


def test_markdown_directory_has_one_dated_post_per_article(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 3)
    out = tmp_path / "posts"
    assert main(["clean", str(dump), "-o", str(out), "--format", "markdown", "--jobs", "0", "-q"]) == 1
    posts = sorted(out.glob("*.md"))
    assert [p.name[:10] for p in posts] == ["2024-02-10", "2024-02-11", "2024-02-12"]
    front = yaml.safe_load(posts[0].read_text(encoding="utf-8").split("---")[1])
    assert front["title"] == "Service hall 0 opens"
    assert len((tmp_path / "posts.rejects.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_wxr_is_one_document_with_every_article(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    write_dump(dump, 4)
    out = tmp_path / "site.xml"
    assert main(["clean", str(dump), "-o", str(out), "--jobs", "0", "-q"]) == 1
    channel = etree.parse(str(out)).getroot().find("channel")
    assert channel.findtext(f"{WP}wxr_version") == "1.2"
    assert [i.findtext("title") for i in channel.iter("item")] == [f"Service hall {i} opens" for i in range(4)]


def test_wxr_resume_extends_the_spool_and_renders_again(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_dump(first, 2)
    write_dump(second, 2)
    out = tmp_path / "site.xml"
    main(["clean", str(first), "-o", str(out), "--format", "wxr", "--jobs", "0", "-q"])
    main(["clean", str(first), str(second), "-o", str(out), "--format", "wxr", "--jobs", "0", "-q", "--resume"])
    items = list(etree.parse(str(out)).getroot().iter("item"))
    assert len(items) == 4


def test_single_page_prints_an_export_format(capsys) -> None:  # type: ignore[no-untyped-def]
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "en" / "procuratorate-seed.txt"
    assert main([str(seed), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    front = yaml.safe_load(out.split("---")[1])
    assert front["title"] == "Nanling Procurator: Return to zero and restart cohesion"
    assert "## Meeting requirements" in out
