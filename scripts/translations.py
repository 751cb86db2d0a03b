"""The zh_CN translation: `hotline/resources/translations/hotline_zh_CN.ts` is its one
source (edit it with Qt Linguist, or give this script a JSON file of new entries).

    .venv/bin/python scripts/translations.py            # re-extract strings, list unfinished
    .venv/bin/python scripts/translations.py --fill new.json   # {"English source": "中文", …}

A bare English source fills only entries not yet translated; "Context::source" sets
the entry of that context even when it has a translation.

Re-extracting keeps every existing translation (pyside6-lupdate merges) and drops
strings the code no longer has. Exits 1 while any entry is unfinished.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "hotline" / "resources" / "translations" / "hotline_zh_CN.ts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON object: English source -> Chinese")
    args = parser.parse_args()
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "hotline" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(TS), "-source-language", "en",
                    "-target-language", "zh_CN", "-no-obsolete", "-silent"], check=True)
    fill = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    tree = ET.parse(TS)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not translation.text
            # "Context::source" sets that context's entry; a bare source only fills
            # entries still untranslated (the same English word may need other
            # Chinese in another context: "What" is 事项 in a timeline, 对象 in the
            # audit log)
            text = fill.get(f"{name}::{source}")
            if text is None and unfinished:
                text = fill.get(source)
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            elif unfinished:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
