"""Build the catalogue bundled in the app as a signed release: resources/catalogue -> resources/release/.

The app installs its bundled catalogue on first run through the same verified path as any update
(a folder source + the bundled root of trust), so what ships is a small static TUF repository:

    resources/release/root.json          the root of trust the app starts from
    resources/release/metadata/...       root, targets, snapshot, timestamp (long expiries)
    resources/release/targets/...        release.json, the full snapshot, the documents

Both are committed; `pip install .` copies them into the wheel (pyproject.toml, force-include),
so first run stays offline and needs no signing key.

Keys never live in the repository. By default they are read from KEYDIR, a folder outside it,
created on first use (development keys). To re-sign for a real release, run this with the
publisher's key folder (the one made by `refdesk publish keys` and used for the public
repository), so that the shipped root.json is the publisher's and online updates verify:

    python scripts/build_bundled_release.py ~/secure/refdesk-publisher-keys

then commit resources/release/. The bundled copy's metadata lasts ~10 years (EXPIRY below): the
app ships it inside its own signed package, and installs it only into an empty data dir.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refdesk.publish.keys import ROOT_FILE, create_keys  # noqa: E402
from refdesk.publish.repository import StaticRepository  # noqa: E402
from refdesk.services import builder, publishing  # noqa: E402

YEARS_10 = 3650
EXPIRY = {"targets": YEARS_10, "snapshot": YEARS_10, "timestamp": YEARS_10}
DEFAULT_KEYDIR = Path.home() / ".config" / "refdesk-dev-publisher-keys"


def build(source: Path, out: Path, keydir: Path) -> Path:
    if not (keydir / ROOT_FILE).is_file():
        create_keys(keydir, root_expires_days=YEARS_10)
        print(f"created development publisher keys in {keydir}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="refdesk-release-") as tmp:
        repo = Path(tmp) / "release"
        published = builder.source_published(source)
        result = publishing.build_release(source, repo, keydir, published=published, expiry=EXPIRY)
        (repo / ".publish.lock").unlink(missing_ok=True)
        latest = StaticRepository(repo).latest_root()
        (repo / ROOT_FILE).write_bytes(latest.to_bytes())
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(repo, out)
    print(
        f"{out}: {result.release.catalogue} version {result.release.version}, "
        f"{result.release.resources} resources, {len(result.release.documents)} documents",
        file=sys.stderr,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keydir", type=Path, nargs="?", default=DEFAULT_KEYDIR, metavar="KEYDIR")
    parser.add_argument("--source", type=Path, default=ROOT / "resources" / "catalogue")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "release")
    args = parser.parse_args(argv)
    if args.keydir.resolve().is_relative_to(ROOT):
        parser.error("KEYDIR must be outside the repository: private keys are never committed")
    build(args.source, args.out, args.keydir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
