"""Rebuild resources/fonts/ (the fonts the window ships for Thai, Khmer, Devanagari and Chinese).

    python scripts/build_fonts.py                     # download the pinned sources, rebuild
    python scripts/build_fonts.py --cache ~/font-src  # keep the downloads there (reused if present)
    python scripts/build_fonts.py --check             # rebuild in a temporary folder, compare

Every source is pinned by URL and SHA-256, so the result is the same file for file:
  * Noto Sans Thai, Khmer and Devanagari (Regular and Bold, unchanged) from the npm packages
    @expo-google-fonts/noto-sans-{thai,khmer,devanagari}, which carry the Google Fonts builds with
    their OFL licence (LICENSE_FONT);
  * a Simplified Chinese subset made here from Noto Sans CJK SC 2.004 (Regular and Bold), taken
    from Debian's fonts-noto-cjk package: every character of GB 2312 plus CJK punctuation,
    full-width forms and ASCII (and any character resources/translations/refdesk_zh*.ts uses
    beyond those), renamed to the family "RefDesk CJK SC" so it never stands in for a complete
    Noto Sans CJK SC installed on the system.

Run it again when the Chinese translation starts using a character outside GB 2312
(tests/gui/test_fonts.py says so); otherwise the output does not change.

Needs fontTools for the subset (`pip install fonttools`, one-off; it is not a dependency of the
app). The package registries are the only network the script uses. See resources/fonts/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import lzma
import sys
import tarfile
import tempfile
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
TRANSLATIONS = ROOT / "resources" / "translations"


@dataclass(frozen=True)
class Source:
    url: str
    sha256: str

    @property
    def file_name(self) -> str:
        return self.url.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class NpmFont:
    """One Noto family from an @expo-google-fonts package: two static weights and the licence."""

    source: Source
    stem: str  # file names inside the package: <weight dir>/<stem>_<weight dir>.ttf
    name: str  # our file names: <name>-Regular.ttf, <name>-Bold.ttf, OFL-<name>.txt


NPM_FONTS = [
    NpmFont(
        Source(
            "https://registry.npmjs.org/@expo-google-fonts/noto-sans-thai/-/noto-sans-thai-0.4.2.tgz",
            "44282ae7c24587e7e50f083e5db3aafa8011ac2eac1159ef62be4fc516a66165",
        ),
        "NotoSansThai",
        "NotoSansThai",
    ),
    NpmFont(
        Source(
            "https://registry.npmjs.org/@expo-google-fonts/noto-sans-khmer/-/noto-sans-khmer-0.4.3.tgz",
            "cb4f3e93186d59c60d21b386fde7de3d554617a6c857f148c777a64fba608793",
        ),
        "NotoSansKhmer",
        "NotoSansKhmer",
    ),
    NpmFont(
        Source(
            "https://registry.npmjs.org/@expo-google-fonts/noto-sans-devanagari/-/"
            "noto-sans-devanagari-0.4.1.tgz",
            "fb9a4c288af3829f383d945fcec350c8cdf99abf18ffe55c987c495bca42e80e",
        ),
        "NotoSansDevanagari",
        "NotoSansDevanagari",
    ),
]
WEIGHTS = {"Regular": "400Regular", "Bold": "700Bold"}

CJK_DEB = Source(
    "https://deb.debian.org/debian/pool/main/f/fonts-noto-cjk/fonts-noto-cjk_20220127+repack1-1_all.deb",
    "4a2515eb6db3978b897fef9709ed0d2b1f4c6c4df4d83d6c4ef65f71f1b1f502",
)
CJK_TTC = "./usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc"
CJK_SOURCE_FAMILY = "Noto Sans CJK SC"  # the member of the collection that is subset
CJK_FAMILY = "RefDesk CJK SC"
CJK_FILE = "RefDeskCJKSC-{weight}.otf"
CJK_LICENCE = "OFL-NotoSansCJK.txt"

# Ranges kept in the Chinese subset on top of GB 2312 (which already has most of them).
CJK_EXTRA_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 punctuation and signs
    (0x2000, 0x206F),  # general punctuation (quotes, dashes, ellipsis)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
# GSUB/GPOS features dropped from the subset: other regions' glyph variants (locl) and vertical
# text, which the window never sets. The rest of fontTools' default list is kept.
CJK_DROP_FEATURES = {"locl", "vert", "vrt2", "vkna", "vhal", "vpal", "valt", "vkrn"}


def fetch(source: Source, cache: Path) -> bytes:
    """The file at `source.url` (from `cache` when it is there), checked against its SHA-256."""
    cached = cache / source.file_name
    if cached.is_file():
        data = cached.read_bytes()
    else:
        print(f"downloading {source.url}")
        with urllib.request.urlopen(source.url, timeout=120) as response:
            data = response.read()
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise SystemExit(f"{source.file_name}: SHA-256 {digest}, expected {source.sha256}")
    return data


def tar_member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(name)
    if handle is None:
        raise SystemExit(f"{name} is not a file in the archive")
    return handle.read()


def build_npm_fonts(cache: Path, out: Path) -> None:
    for font in NPM_FONTS:
        data = fetch(font.source, cache)
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            for weight, folder in WEIGHTS.items():
                member = f"package/{folder}/{font.stem}_{folder}.ttf"
                (out / f"{font.name}-{weight}.ttf").write_bytes(tar_member(archive, member))
            (out / f"OFL-{font.name}.txt").write_bytes(tar_member(archive, "package/LICENSE_FONT"))


def deb_data(deb: bytes) -> tarfile.TarFile:
    """The data.tar.xz member of a Debian package (an `ar` archive), opened."""
    if not deb.startswith(b"!<arch>\n"):
        raise SystemExit("not a Debian package")
    offset = 8
    while offset < len(deb):
        header = deb[offset : offset + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        body = deb[offset + 60 : offset + 60 + size]
        if name == "data.tar.xz":
            return tarfile.open(fileobj=io.BytesIO(lzma.decompress(body)), mode="r:")
        offset += 60 + size + (size % 2)
    raise SystemExit("no data.tar.xz in the Debian package")


def translated_cjk(folder: Path = TRANSLATIONS) -> set[int]:
    """The CJK characters (U+2E80 and up) in the Chinese translations' <translation> texts."""
    chars: set[int] = set()
    for path in sorted(folder.glob("refdesk_zh*.ts")):
        for element in ET.parse(path).getroot().iter():
            if element.tag in ("translation", "numerusform") and element.text:
                chars.update(ord(c) for c in element.text if ord(c) >= 0x2E80)
    return chars


def cjk_characters() -> set[int]:
    """GB 2312 (every character its codec can encode), the extra ranges, and any character the
    Chinese translation uses beyond them (so the window's own words are always covered)."""
    chars = translated_cjk()
    for code in range(0x20, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            chr(code).encode("gb2312")
        except UnicodeEncodeError:
            continue
        chars.add(code)
    for first, last in CJK_EXTRA_RANGES:
        chars.update(range(first, last + 1))
    return chars


def rename(font: Any, weight: str) -> None:
    """Give the subset its own family name (name table and CFF), keeping copyright and licence."""
    postscript = CJK_FILE.format(weight=weight).removesuffix(".otf")
    source_version = font["name"].getDebugName(5) or ""
    names = {
        1: CJK_FAMILY,
        2: weight,
        3: f"{source_version.split(';')[0]};RefDesk;{postscript}",
        4: f"{CJK_FAMILY} {weight}" if weight != "Regular" else CJK_FAMILY,
        6: postscript,
        10: f"GB 2312 subset of {CJK_SOURCE_FAMILY} {weight} ({source_version.split(';')[0]}), "
        "made for RefDesk by scripts/build_fonts.py.",
    }
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in {*names, 16, 17, 21, 22}]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName = names[4]
    top.FamilyName = CJK_FAMILY
    if hasattr(top, "FDArray"):
        for sub in top.FDArray:
            # Sub-font names are "<PostScript name>-<part>"; keep the part, take our name.
            sub.FontName = postscript + "-" + sub.FontName.rsplit("-", 1)[-1]


def build_cjk_fonts(cache: Path, out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    chars = cjk_characters()
    with deb_data(fetch(CJK_DEB, cache)) as archive:
        for weight in WEIGHTS:
            collection = TTCollection(io.BytesIO(tar_member(archive, CJK_TTC.format(weight=weight))))
            fonts = [f for f in collection.fonts if f["name"].getDebugName(1) == CJK_SOURCE_FAMILY]
            if len(fonts) != 1:
                raise SystemExit(f"no single {CJK_SOURCE_FAMILY} in NotoSansCJK-{weight}.ttc")
            font = fonts[0]
            options = subset.Options()
            options.layout_features = sorted(set(options.layout_features) - CJK_DROP_FEATURES)
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.recalc_timestamp = False
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=chars)
            subsetter.subset(font)
            rename(font, weight)
            font.recalcTimestamp = False
            font.save(out / CJK_FILE.format(weight=weight))
        # The licence: the font's own copyright line above the OFL text the Noto packages carry.
        notice = font["name"].getDebugName(0) or ""
    ofl = (out / "OFL-NotoSansThai.txt").read_text(encoding="utf-8")
    body = ofl[ofl.index("This Font Software is licensed") :]
    (out / CJK_LICENCE).write_text(f"{notice}\n\n{body}", encoding="utf-8")


def build(out: Path, cache: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    build_npm_fonts(cache, out)
    build_cjk_fonts(cache, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, help="folder for the downloads (default: a temporary one)")
    parser.add_argument(
        "--check", action="store_true", help="rebuild elsewhere and compare with resources/fonts"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        cache = args.cache.expanduser() if args.cache else Path(scratch) / "downloads"
        out = Path(scratch) / "fonts" if args.check else FONTS
        build(out, cache)
        built = sorted(p for p in out.iterdir() if p.suffix in (".ttf", ".otf", ".txt"))
        if args.check:
            differ = [
                p.name
                for p in built
                if not (FONTS / p.name).is_file() or (FONTS / p.name).read_bytes() != p.read_bytes()
            ]
            if differ:
                print("differs from resources/fonts: " + ", ".join(differ))
                return 1
            print(f"resources/fonts matches the pinned sources ({len(built)} files)")
            return 0
        for path in built:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            print(f"{path.name:34} {path.stat().st_size:>10,} bytes  sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
