"""Make resources/icons/labnet.ico (the Windows executable's and installer's icon) from labnet.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py

Qt draws the SVG at each size Windows asks for (16 to 256 pixels) and the sizes are packed as PNG
entries of one .ico (the format Windows Vista and later read), so no image library is needed.
The .ico is committed: the Windows build (build_installer.spec) uses it as is.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def png_of(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_of(pngs: dict[int, bytes]) -> bytes:
    """An ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs one
    target = ICONS / "labnet.ico"
    target.write_bytes(ico_of({size: png_of(ICONS / "labnet.svg", size) for size in SIZES}))
    print(f"Wrote {target} ({target.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
