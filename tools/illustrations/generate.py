#!/usr/bin/env python3
"""Write one SVG illustration per catalogue exercise.

Run from anywhere:  python3 tools/illustrations/generate.py
It reads the exercise ids and names from the catalogue YAML files listed in index.txt and
rewrites nape-store/src/main/resources/catalogue/illustrations/<exercise-id>.svg. It stops
with an error if an exercise has no drawing, a drawing has no exercise, or a file is 4 KB or more.
"""
import pathlib
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).parent))

from exercises import DRAWINGS  # noqa: E402
from svg import Drawing  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "nape-store/src/main/resources/catalogue"
OUT = CATALOGUE / "illustrations"
LIMIT = 4096


def catalogue_names():
    """Exercise id -> name, in catalogue order, read from the YAML files without a YAML library."""
    names = {}
    for line in (CATALOGUE / "index.txt").read_text().splitlines():
        file = line.strip()
        if not file or file.startswith("#"):
            continue
        text = (CATALOGUE / file).read_text()
        block = text.split("\nroutines:")[0]
        for match in re.finditer(r"^  - id: (\S+)\n(?:    \S.*\n)*?    name: (.+)$", block, re.M):
            name = match.group(2).strip()
            if name[:1] in "\"'":
                name = name[1:-1]
            names[match.group(1)] = name
    return names


def main():
    names = catalogue_names()
    missing = sorted(set(names) - set(DRAWINGS))
    extra = sorted(set(DRAWINGS) - set(names))
    if missing or extra:
        sys.exit(f"no drawing for {missing}; no exercise for {extra}")
    OUT.mkdir(parents=True, exist_ok=True)
    for stale in OUT.glob("*.svg"):
        if stale.stem not in names:
            stale.unlink()
    for exercise_id, name in names.items():
        function, transform = DRAWINGS[exercise_id]
        drawing = Drawing(transform)
        desc = function(drawing)
        svg = drawing.svg(name, desc)
        size = len(svg.encode("utf-8"))
        if size >= LIMIT:
            sys.exit(f"{exercise_id}.svg is {size} bytes, the limit is {LIMIT}")
        (OUT / f"{exercise_id}.svg").write_text(svg, encoding="utf-8")
    print(f"wrote {len(names)} illustrations to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
