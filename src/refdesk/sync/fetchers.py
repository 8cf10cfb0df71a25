"""Sync layer: how python-tuf's client gets bytes: over HTTP (resuming, with timeouts) or from a
folder or `.zip` bundle (no network).

What ngclient's own fetcher leaves to the app (notes/updates.md): a dropped connection escapes as
a raw urllib3 error, a retry starts from zero, and there is no `file://`. `HttpFetcher` keeps each
target's partial download in <data dir>/downloads/ and resumes it with `Range`, wraps every
transport error in tuf's `DownloadError` family, and gives up on a stalled server quickly so the
next mirror gets its turn. Only hash-named targets are resumed: their name says what they hold,
so a partial file from one mirror is good for another.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from urllib.parse import urljoin

import urllib3
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from refdesk import __version__
from refdesk.core.i18n import translate
from refdesk.core.types import NetworkRequest

from .netlog import NetworkLog

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
LOCAL_SCHEME = "refdesk-local:/"
# A consistent-snapshot target file name: "<sha256>.<name>".
_HASHED_NAME = re.compile(r"^[0-9a-f]{64}\.[^/]+$")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


def partial_size(downloads_dir: Path, sha256: str) -> int:
    """Bytes of a target already kept from an interrupted download (resumed with Range)."""
    return sum(p.stat().st_size for p in downloads_dir.glob(f"{sha256}.*.part") if p.is_file())


class _Request:
    """One GET and its response; its line goes into the network log when it is over."""

    def __init__(self, url: str, response: urllib3.BaseHTTPResponse, started: float, when: str) -> None:
        self.url, self.response, self.started, self.when = url, response, started, when
        self.received = 0


class HttpFetcher(FetcherInterface):
    """urllib3 with timeouts, no silent retries, and resumable target downloads.

    Every request it sends (redirects included, each followed by hand) goes into `network_log`.
    """

    def __init__(
        self,
        downloads_dir: Path,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        resume_attempts: int = 3,
        proxy: str = "",
        network_log: NetworkLog | None = None,
    ) -> None:
        self.downloads_dir = downloads_dir
        self.resume_attempts = resume_attempts
        self.received = 0  # bytes that came over the network (a resumed file's old part excluded)
        self.on_received: Callable[[int], None] | None = None  # progress, chunk by chunk
        self.network_log = network_log
        options = {
            "retries": False,
            "timeout": urllib3.Timeout(connect=connect_timeout, read=read_timeout),
            "headers": {"User-Agent": f"RefDesk/{__version__}"},
        }
        self._pool: urllib3.PoolManager = (
            urllib3.ProxyManager(proxy, **options) if proxy else urllib3.PoolManager(**options)  # type: ignore[arg-type]
        )

    def _fetch(self, url: str) -> Iterator[bytes]:
        request = self._open(url, {})
        if request.response.status != 200:
            self._close(request)
            # {status} is the HTTP status code the server answered with (404, 500…).
            raise exceptions.DownloadHTTPError(
                translate("Updates", "{url} answered {status}").format(
                    url=url, status=request.response.status
                ),
                request.response.status,
            )
        return self._chunks(request, url)

    def _chunks(self, request: _Request, url: str) -> Iterator[bytes]:
        error = ""
        try:
            for chunk in _stream(request.response, url):
                request.received += len(chunk)
                self._count(len(chunk))
                yield chunk
        except BaseException as exc:
            error = _why(exc)
            raise
        finally:
            self._close(request, error)

    @contextlib.contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO[bytes]]:
        name = url.rsplit("/", 1)[-1]
        if not _HASHED_NAME.match(name):
            with super().download_file(url, max_length) as handle:
                yield handle
            return
        part = self.downloads_dir / f"{name}.part"
        self._complete(url, part, max_length)
        try:
            with open(part, "rb") as handle:
                yield handle
        finally:
            # Whole now: verified and copied by the caller, or refused. Either way, not kept:
            # a bad partial file costs one hash failure, then the next try starts clean.
            part.unlink(missing_ok=True)

    def _complete(self, url: str, part: Path, max_length: int) -> None:
        """Bring `part` to the whole file, resuming with Range after a dropped connection."""
        self.downloads_dir.mkdir(parents=True, exist_ok=True)
        drops = 0
        while True:
            have = part.stat().st_size if part.is_file() else 0
            if have > max_length:
                part.unlink()
                have = 0
            if have == max_length and have:
                return
            request = self._open(url, {"Range": f"bytes={have}-"} if have else {})
            response, error = request.response, ""
            try:
                if response.status == 200:
                    have = 0  # the server ignored Range: start over
                elif response.status == 206 and have and _range_start(response) == have:
                    log.info("resuming %s at byte %d", part.name, have)
                elif response.status in (206, 416) and have:  # our part is not a prefix of theirs
                    part.unlink()
                    continue
                else:
                    raise exceptions.DownloadHTTPError(
                        translate("Updates", "{url} answered {status}").format(
                            url=url, status=response.status
                        ),
                        response.status,
                    )
                try:
                    self._receive(request, url, part, have, max_length)
                    return
                except _Dropped as exc:
                    error = _why(exc)
                    drops += 1
                    if drops >= self.resume_attempts:
                        raise exceptions.DownloadError(
                            translate("Updates", "The connection to {url} kept dropping.").format(url=url)
                        ) from exc
                    log.info("connection dropped during %s; resuming (%d)", part.name, drops)
            except BaseException as exc:
                error = error or _why(exc)
                raise
            finally:
                self._close(request, error)

    def _receive(self, request: _Request, url: str, part: Path, have: int, max_length: int) -> None:
        too_long = False
        with open(part, "ab" if have else "wb") as out:  # a drop leaves what arrived, for a resume
            for chunk in _stream(request.response, url, dropped=_Dropped):
                have += len(chunk)
                request.received += len(chunk)
                if have > max_length:
                    too_long = True
                    break
                out.write(chunk)
                self._count(len(chunk))
        if too_long:
            part.unlink(missing_ok=True)
            raise exceptions.DownloadLengthMismatchError(
                translate(
                    "Updates", "{url} sent more than the {length} bytes its signed length allows."
                ).format(url=url, length=max_length)
            )

    def _count(self, size: int) -> None:
        self.received += size
        if self.on_received is not None:
            self.on_received(size)

    def _open(self, url: str, headers: dict[str, str]) -> _Request:
        """Send a GET, following redirects one logged request at a time."""
        for _ in range(MAX_REDIRECTS + 1):
            request = self._send(url, headers)
            location = request.response.headers.get("Location")
            if request.response.status not in _REDIRECTS or not location:
                return request
            request.response.drain_conn()  # a redirect's (small) body, so the connection can be reused
            self._close(request)
            url = urljoin(url, location)
        raise exceptions.DownloadError(
            translate("Updates", "{url} redirects too many times.").format(url=url)
        )

    def _send(self, url: str, headers: dict[str, str]) -> _Request:
        started, when = time.monotonic(), datetime.now(UTC).isoformat(timespec="seconds")
        try:
            response = self._pool.request("GET", url, headers=headers, preload_content=False, redirect=False)
        except urllib3.exceptions.TimeoutError as exc:
            self._record(url, None, 0, started, when, _why(exc))
            raise exceptions.SlowRetrievalError(
                translate("Updates", "{url} did not answer in time.").format(url=url)
            ) from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            self._record(url, None, 0, started, when, _why(exc))
            raise exceptions.DownloadError(
                translate("Updates", "{url} cannot be reached ({reason}).").format(url=url, reason=exc)
            ) from exc
        return _Request(url, response, started, when)

    def _close(self, request: _Request, error: str = "") -> None:
        request.response.release_conn()
        self._record(
            request.url, request.response.status, request.received, request.started, request.when, error
        )

    def _record(self, url: str, status: int | None, size: int, started: float, when: str, error: str) -> None:
        if self.network_log is not None:
            ms = round((time.monotonic() - started) * 1000)
            self.network_log.record(NetworkRequest(when, "GET", url, status, size, ms, error))


class _Dropped(Exception):
    """The connection broke in the middle of a body (resumable)."""


def _stream(
    response: urllib3.BaseHTTPResponse, url: str, dropped: type[Exception] = exceptions.DownloadError
) -> Iterator[bytes]:
    try:
        yield from response.stream(CHUNK)
    except urllib3.exceptions.TimeoutError as exc:
        raise exceptions.SlowRetrievalError(translate("Updates", "{url} stalled.").format(url=url)) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise dropped(
            translate("Updates", "The connection to {url} dropped ({reason}).").format(url=url, reason=exc)
        ) from exc


def _why(exc: BaseException) -> str:
    """A short reason for the network log."""
    if isinstance(exc, GeneratorExit):
        return ""  # the reader stopped early (ngclient read all it needed)
    cause = exc.__cause__
    text = str(exc) or type(exc).__name__
    return f"{text} ({type(cause).__name__})" if cause is not None else text


def _range_start(response: urllib3.BaseHTTPResponse) -> int | None:
    match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


class LocalFetcher(FetcherInterface):
    """Serves a repository folder or a `.zip` bundle to ngclient, at `refdesk-local:/` URLs."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.received = 0
        self.on_received: Callable[[int], None] | None = None
        self._zip: zipfile.ZipFile | None = None
        self._prefix = ""
        if source.is_file():
            try:
                self._zip = zipfile.ZipFile(source)
            except (zipfile.BadZipFile, OSError) as exc:
                raise exceptions.DownloadError(
                    translate("Updates", "{source} is not a readable update bundle ({reason}).").format(
                        source=source, reason=exc
                    )
                ) from exc
            for member in self._zip.namelist():
                if member.endswith("metadata/timestamp.json"):
                    self._prefix = member[: -len("metadata/timestamp.json")]
                    break

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(LOCAL_SCHEME):
            raise exceptions.DownloadError(
                translate("Updates", "{name} is not in {source}").format(name=url, source=self.source)
            )
        relative = url[len(LOCAL_SCHEME) :]
        if ".." in relative.split("/"):
            raise exceptions.DownloadHTTPError(
                translate("Updates", "{name} is not in {source}").format(name=relative, source=self.source),
                404,
            )
        try:
            if self._zip is not None:
                handle: IO[bytes] = self._zip.open(self._prefix + relative)
            else:
                handle = open(self.source / relative, "rb")  # noqa: SIM115  closed by the generator
        except (KeyError, FileNotFoundError, IsADirectoryError):
            raise exceptions.DownloadHTTPError(
                translate("Updates", "{name} is not in {source}").format(name=relative, source=self.source),
                404,
            ) from None
        except (OSError, zipfile.BadZipFile) as exc:
            raise exceptions.DownloadError(
                translate("Updates", "{name} cannot be read from {source} ({reason}).").format(
                    name=relative, source=self.source, reason=exc
                )
            ) from exc
        return self._read(handle, relative)

    def _read(self, handle: IO[bytes], relative: str) -> Iterator[bytes]:
        with handle:
            while True:
                try:
                    chunk = handle.read(CHUNK)
                except (OSError, zipfile.BadZipFile) as exc:
                    raise exceptions.DownloadError(
                        translate("Updates", "{name} cannot be read ({reason}).").format(
                            name=relative, reason=exc
                        )
                    ) from exc
                if not chunk:
                    return
                self.received += len(chunk)
                if self.on_received is not None:
                    self.on_received(len(chunk))
                yield chunk
