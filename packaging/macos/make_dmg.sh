#!/usr/bin/env bash
# Put RefDesk.app in a compressed disk image with a link to /Applications (drag to install).
#   packaging/macos/make_dmg.sh dist/RefDesk.app dist/RefDesk-X-macos.dmg RefDesk
# Called by `python packaging/build.py macos`. With REFDESK_CODESIGN_IDENTITY set, the image is
# signed too; notarize it afterwards with
#   xcrun notarytool submit IMAGE --keychain-profile PROFILE --wait && xcrun stapler staple IMAGE
set -euo pipefail
app=$1
dmg=$2
volume=${3:-RefDesk}
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signatures intact.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$dmg"
if [ -n "${REFDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --sign "$REFDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
fi
hdiutil verify "$dmg"
echo "disk image: $dmg ($(du -h "$dmg" | cut -f1))"
