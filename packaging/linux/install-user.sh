#!/bin/sh
# Install this portable RefDesk for the current user only (no root): a link in ~/.local/bin and a
# menu entry. Run it from the unpacked folder; move the folder first if you want it elsewhere.
# Remove with: ./install-user.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="${XDG_BIN_HOME:-$HOME/.local/bin}"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$bin/refdesk" "$share/applications/refdesk.desktop" \
        "$share/icons/hicolor/scalable/apps/refdesk.svg" "$share/metainfo/org.refdesk.RefDesk.metainfo.xml"
    echo "RefDesk's menu entry and link were removed; your data in $share/refdesk was kept."
    exit 0
fi
mkdir -p "$bin" "$share/applications" "$share/icons/hicolor/scalable/apps" "$share/metainfo"
ln -sf "$here/refdesk/refdesk" "$bin/refdesk"
sed -e "s|^Exec=refdesk|Exec=$here/refdesk/refdesk|" -e "s|^TryExec=refdesk|TryExec=$here/refdesk/refdesk|" \
    "$here/share/applications/refdesk.desktop" > "$share/applications/refdesk.desktop"
cp "$here/share/icons/hicolor/scalable/apps/refdesk.svg" "$share/icons/hicolor/scalable/apps/"
cp "$here/share/metainfo/"*.metainfo.xml "$share/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "RefDesk installed for $(id -un): run 'refdesk' or find it in the applications menu."
