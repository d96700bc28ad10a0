#!/usr/bin/env bash
# Build the Linux one-folder application with PyInstaller, check it with its own self-test, and pack it:
#   bash scripts/build_linux.sh            -> dist/labnet-<version>-linux-<arch>.tar.gz
# (Windows: the same spec, `pyinstaller build_installer.spec`, then installer/labnet.iss with Inno Setup.)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q -e ".[installer]"
.venv/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec
# Symbols the dynamic linker does not need out of the shared libraries (tens of MB: zstandard's two backends,
# libpython, libllvmlite), but not out of those auditwheel's patchelf rewrote (in a *.libs folder, or an
# RPATH/RUNPATH into one, as numpy's): strip corrupts them (a build's numpy failed to load its OpenBLAS).
find dist/labnet/_internal -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 |
    while IFS= read -r -d '' library; do
        if ! readelf -d "$library" 2>/dev/null | grep -E 'RPATH|RUNPATH' | grep -q '\.libs'; then
            strip --strip-unneeded "$library"
        fi
    done
# The built program must work on its own: catalogue, keys, a sealed bundle, profiles, the window; the window
# on a real X server (Xvfb, through Qt's xcb plugin and the X libraries shipped or required), not only offscreen.
QT_QPA_PLATFORM=offscreen dist/labnet/labnet --data-dir "$(mktemp -d)" --self-test | tee build/self-test.txt
# numba (with llvmlite, ~150 MB of the build) is kept because linkage uses it; it must work frozen and stripped.
grep -q "distance kernels: numba)" build/self-test.txt
if ! command -v xvfb-run >/dev/null; then
    echo "scripts/build_linux.sh: xvfb-run is missing (apt-get install xvfb xauth): the X11 check cannot run." >&2
    exit 1
fi
env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
    dist/labnet/labnet --data-dir "$(mktemp -d)" --self-test | tee build/self-test-x11.txt
grep -q "window .*(xcb)" build/self-test-x11.txt
echo "Size: $(du -sh dist/labnet | cut -f1) unpacked (du -sh dist/labnet)."
version=$(.venv/bin/python -c "import labnet; print(labnet.__version__)")
archive="dist/labnet-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" labnet
echo "Built $archive ($(du -h "$archive" | cut -f1))."
