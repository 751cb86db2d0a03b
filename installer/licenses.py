"""Copy the licence files of every package the bundle carries into a folder, with an
index (THIRD-PARTY.txt): name, version, licence. Run with the build environment's
Python (installer/build.sh):

    build/installer/venv/bin/python installer/licenses.py DIR
"""

from __future__ import annotations

import shutil
import sys
from importlib import metadata
from pathlib import Path

# build tools in the environment that are not in the bundle
NOT_BUNDLED = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib",
               "altgraph", "packaging", "hotline-desk"}
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see the files"


def main(target: str) -> int:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    index = ["Third-party software in the Hotline Desk bundle", "",
             "Python and the packages below are distributed with it under their own "
             "licences, whose texts are in the folders of this directory.", "",
             f"Python {sys.version.split()[0]}: PSF License Version 2"]
    seen = set()
    for dist in sorted(metadata.distributions(),
                       key=lambda d: (d.metadata["Name"] or "").lower()):
        name = dist.metadata["Name"]
        key = (name or "").lower().replace("_", "-")
        if not name or key in NOT_BUNDLED or key in seen:
            continue
        seen.add(key)
        folder = out / f"{name}-{dist.version}"
        copied = 0
        for file in dist.files or []:
            base = file.name.upper()
            if "licenses" in file.parts or base.startswith(LICENCE_NAMES):
                src = Path(dist.locate_file(file))
                if src.is_file():
                    folder.mkdir(exist_ok=True)
                    shutil.copyfile(src, folder / file.name)
                    copied += 1
        index.append(f"{name} {dist.version}: {licence_of(dist)}"
                     + ("" if copied else " (no licence file in the package)"))
    python_licence = Path(sys.base_prefix) / "lib" / \
        f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"
    if python_licence.is_file():
        (out / "Python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, out / "Python" / "LICENSE.txt")
    (out / "THIRD-PARTY.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
