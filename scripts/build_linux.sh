#!/usr/bin/env bash
# Build the Linux one-folder application with PyInstaller, check it with its own self-test, and pack it:
#   bash scripts/build_linux.sh            -> dist/labnet-<version>-linux-<arch>.tar.gz
# (Windows: the same spec, `pyinstaller build_installer.spec`, then installer/labnet.iss with Inno Setup.)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q -e ".[installer]"
.venv/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec
# The built program must work on its own: catalogue, keys, a sealed bundle, profiles, the window offscreen.
QT_QPA_PLATFORM=offscreen dist/labnet/labnet --data-dir "$(mktemp -d)" --self-test
version=$(.venv/bin/python -c "import labnet; print(labnet.__version__)")
archive="dist/labnet-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" labnet
echo "Built $archive ($(du -h "$archive" | cut -f1))."
