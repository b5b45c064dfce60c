"""The eval harness's part combiner (tests/eval/combine_parts.py): two parts' feeds never overwrite each other."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("combine_parts", Path(__file__).parent / "eval" / "combine_parts.py")
assert _SPEC is not None and _SPEC.loader is not None
combine_parts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(combine_parts)

HEADER = "client_id,first_name,last_name,city,state,postal_code\n"


def _part(root: Path, code: str, client: str, alert: str) -> None:
    part = root / "parts" / code
    (part / "feeds").mkdir(parents=True)
    (part / "roster.csv").write_text(f"{HEADER}{client},Ann,{code.title()}son,Yakima,WA,98901\n", encoding="utf-8")
    (part / "gold.csv").write_text(f"client_id,item_id,kind,role\n{client},{alert},weather,in_area\n",
                                   encoding="utf-8")
    (part / "feeds" / "nws_alerts_wa_2026.json").write_text(f'{{"features": [{{"id": "{alert}"}}]}}',
                                                             encoding="utf-8")
    (part / "feeds" / f"{code}_news.rss").write_text("<rss/>", encoding="utf-8")


def test_feeds_of_the_same_name_in_two_parts_are_both_kept(tmp_path, monkeypatch):
    _part(tmp_path, "yak", "YAK001", "yak_urn:1")
    _part(tmp_path, "psc", "PSC001", "psc_urn:1")
    monkeypatch.setattr(combine_parts, "EVAL", tmp_path)
    assert combine_parts.main(["--parts", "yak,psc", "--out", "split"]) == 0
    feeds = tmp_path / "split" / "feeds"
    assert sorted(p.name for p in feeds.iterdir()) == [
        "psc_news.rss", "psc_nws_alerts_wa_2026.json", "yak_news.rss", "yak_nws_alerts_wa_2026.json"]
    assert "yak_urn:1" in (feeds / "yak_nws_alerts_wa_2026.json").read_text(encoding="utf-8")
