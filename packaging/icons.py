"""Derive the platform icons from resources/icons/refdesk.svg (one source, no Pillow).

PNGs are rendered with Qt's own SVG renderer (PySide6 is in the build environment anyway); the
Windows .ico and macOS .icns containers are written by hand: both accept PNG payloads.

    python packaging/icons.py OUT_DIR      # writes refdesk-<N>.png, refdesk.ico, refdesk.icns
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "refdesk.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns chunk types that take PNG data: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x),
# ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x).
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_pngs(sizes: set[int], svg: Path = SVG) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {svg}")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    path.write_bytes(header + entries + payload)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    chunks = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        chunks += kind + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "build/icons")
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = set(ICO_SIZES) | {s for _, s in ICNS_TYPES}
    pngs = render_pngs(sizes)
    for size, data in pngs.items():
        (out_dir / f"refdesk-{size}.png").write_bytes(data)
    write_ico(out_dir / "refdesk.ico", pngs)
    write_icns(out_dir / "refdesk.icns", pngs)
    print(f"icons written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
