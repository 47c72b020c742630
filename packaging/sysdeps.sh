#!/bin/sh
# Installs the Debian packages GatePost needs on a fresh machine: venv support for Python and the
# shared libraries Qt loads, even offscreen. ``sysdeps.sh test`` adds what the test suite uses:
# poppler's pdftotext/pdffonts/pdfinfo to read the PDFs back, and a PostgreSQL server for the hub.
# Does nothing when all are present.
set -eu

need=""
if [ "${1:-}" = test ]; then
    command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
    # The hub tests start their own server (tests/sync/postgres.py): initdb, pg_ctl, postgres.
    if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        need="$need postgresql"
    fi
fi
python3 -c 'import ensurepip, venv' 2>/dev/null || need="$need python3-venv"
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libOpenGL.so.0:libopengl0 \
            libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
            libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 \
            libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0 \
            libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
            libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-shape.so.0:libxcb-shape0 \
            libxcb-render-util.so.0:libxcb-render-util0 libxcb-image.so.0:libxcb-image0 \
            libX11-xcb.so.1:libx11-xcb1 libSM.so.6:libsm6 libICE.so.6:libice6; do
    lib=${pair%%:*}; pkg=${pair#*:}
    /sbin/ldconfig -p 2>/dev/null | grep -q "$lib" || need="$need $pkg"
done

[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "GatePost needs these Debian packages:$need" >&2
    echo "Install them with: sudo apt-get install$need" >&2
    exit 1
fi
echo "Installing Debian packages:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $need >/dev/null
