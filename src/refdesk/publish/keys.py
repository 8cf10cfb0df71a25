"""Publish layer: the publisher's Ed25519 keys (one per TUF role) and the first root of trust.

KEYDIR holds `<role>.pem` (unencrypted PKCS#8, readable by the owner only) and `root.json`, the
trust file clients ship. Signing needs the `cryptography` package (`pip install refdesk[publish]`);
clients only verify, which python-tuf does without it.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from refdesk.core.errors import RefdeskError
from refdesk.core.i18n import translate

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner

log = logging.getLogger(__name__)

ROLES = ("root", "targets", "snapshot", "timestamp")
ROOT_FILE = "root.json"


class PublisherKeys:
    """One signer per top-level role."""

    def __init__(self, signers: dict[str, CryptoSigner]) -> None:
        self.signers = signers

    def signer(self, role: str) -> CryptoSigner:
        return self.signers[role]

    @classmethod
    def generate(cls) -> PublisherKeys:
        from securesystemslib.signer import CryptoSigner

        _need_cryptography()
        return cls({role: CryptoSigner.generate_ed25519() for role in ROLES})

    @classmethod
    def load(cls, keydir: Path) -> PublisherKeys:
        _need_cryptography()
        from cryptography.hazmat.primitives.serialization import load_pem_private_key
        from securesystemslib.signer import CryptoSigner

        signers: dict[str, CryptoSigner] = {}
        for role in ROLES:
            path = keydir / f"{role}.pem"
            try:
                private = load_pem_private_key(path.read_bytes(), password=None)
            except FileNotFoundError:
                raise RefdeskError(
                    translate(
                        "Publishing", "{path} is missing; give the folder made by 'refdesk publish keys'."
                    ).format(path=path),
                    code="no-keys",
                ) from None
            except ValueError as exc:
                raise RefdeskError(
                    translate("Publishing", "{path} is not a private key ({reason}).").format(
                        path=path, reason=exc
                    ),
                    code="bad-keys",
                ) from exc
            signers[role] = CryptoSigner(private)
        return cls(signers)

    def save(self, keydir: Path) -> None:
        """Write each private key, readable by the owner only, refusing to overwrite any."""
        keydir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(keydir, 0o700)
        for role in ROLES:
            path = keydir / f"{role}.pem"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raise RefdeskError(
                    translate(
                        "Publishing",
                        "{path} already exists; keys are never overwritten. Choose an empty folder.",
                    ).format(path=path),
                    code="keys-exist",
                ) from None
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.signers[role].private_bytes)


def new_root(keys: PublisherKeys, *, version: int = 1, expires_days: int = 365) -> bytes:
    """A signed root listing one key per role, threshold 1, with consistent snapshots."""
    from tuf.api.metadata import Metadata, Root

    root = Root(version=version, expires=expires_in(expires_days), consistent_snapshot=True)
    for role in ROLES:
        root.add_key(keys.signer(role).public_key, role)
    metadata = Metadata(root)
    metadata.sign(keys.signer("root"))
    return metadata.to_bytes()


def create_keys(keydir: Path, *, root_expires_days: int = 365) -> Path:
    """New keys in KEYDIR and KEYDIR/root.json; returns the path of root.json."""
    if (keydir / ROOT_FILE).exists():
        raise RefdeskError(
            translate("Publishing", "{folder} already holds publisher keys; choose an empty folder.").format(
                folder=keydir
            ),
            code="keys-exist",
        )
    keys = PublisherKeys.generate()
    keys.save(keydir)
    root_file = keydir / ROOT_FILE
    root_file.write_bytes(new_root(keys, expires_days=root_expires_days))
    log.info("new publisher keys in %s", keydir)
    return root_file


def expires_in(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


def _need_cryptography() -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise RefdeskError(
            translate(
                "Publishing",
                "Signing releases needs the 'cryptography' package: pip install 'refdesk[publish]'.",
            ),
            code="no-crypto",
        ) from None
