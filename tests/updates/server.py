"""A real threaded HTTP server on 127.0.0.1 serving a repository folder, with faults on demand.

Faults match a substring of the request path and apply `times` times: drop the connection part
way through the body, stall, send garbage of the right length, answer with a status, ignore
Range, send data without end, send the body slowly (a piece at a time, for progress bars), or
redirect once (to the same path with "?moved"). Every request is logged with its Range and the
bytes sent. Asked for an absolute URL, it serves the path of it, as a forward proxy would.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STALL_SECONDS = 3.0  # bounded: the client's timeout in these tests is well below it
SLOW_PIECE = 64 * 1024  # the client reads this much at a time
ENDLESS_SECONDS = 5.0


@dataclass
class Fault:
    match: str
    kind: str  # drop | stall | garbage | status | ignore-range | endless | slow | redirect
    times: int = 1
    status: int = 500
    fraction: float = 0.6  # drop: how much of the body is sent first
    delay: float = 0.2  # slow: the pause after each piece


@dataclass
class Request:
    path: str
    range: str | None
    status: int
    sent: int


@dataclass
class RepoServer:
    root: Path
    faults: list[Fault] = field(default_factory=list)
    log: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"repo": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.daemon = True
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.match in path and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def record(self, request: Request) -> None:
        with self._lock:
            self.log.append(request)

    def requests(self, match: str = "") -> list[Request]:
        with self._lock:
            return [r for r in self.log if match in r.path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    repo: RepoServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        fault = self.repo.take_fault(path)
        served = "/" + path.split("/", 3)[3] if path.startswith("http://") else path  # proxied
        file = (self.repo.root / served.lstrip("/")).resolve()
        if fault is not None and fault.kind == "status":
            return self._status(path, fault.status)
        if fault is not None and fault.kind == "redirect":
            return self._status(path, 302, location=f"{served}?moved")
        if not file.is_file() or not file.is_relative_to(self.repo.root.resolve()):
            return self._status(path, 404)
        data = file.read_bytes()
        if fault is not None and fault.kind == "endless":
            return self._endless(path)
        if fault is not None and fault.kind == "garbage":
            data = os.urandom(len(data))
        asked = self.headers.get("Range")
        start = 0
        if asked and asked.startswith("bytes=") and not (fault and fault.kind == "ignore-range"):
            start = int(asked[len("bytes=") :].split("-", 1)[0])
        if start >= len(data) and start:
            return self._status(path, 416)
        status = 206 if start else 200
        body = data[start:]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if fault is not None and fault.kind == "stall":
            self.wfile.write(body[: len(body) // 4])
            self.wfile.flush()
            time.sleep(STALL_SECONDS)
            self.close_connection = True
            return self.repo.record(Request(path, asked, status, len(body) // 4))
        if fault is not None and fault.kind == "slow":
            return self._slow(path, asked, status, body, fault.delay)
        if fault is not None and fault.kind == "drop":
            cut = int(len(body) * fault.fraction)
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return self.repo.record(Request(path, asked, status, cut))
        self.wfile.write(body)
        self.repo.record(Request(path, asked, status, len(body)))

    def _slow(self, path: str, asked: str | None, status: int, body: bytes, delay: float) -> None:
        sent = 0
        try:
            for start in range(0, len(body), SLOW_PIECE):
                self.wfile.write(body[start : start + SLOW_PIECE])
                self.wfile.flush()
                sent += len(body[start : start + SLOW_PIECE])
                time.sleep(delay)
        except OSError:  # the client hung up (a paused or cancelled download)
            self.close_connection = True
        self.repo.record(Request(path, asked, status, sent))

    def _status(self, path: str, status: int, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.repo.record(Request(path, self.headers.get("Range"), status, 0))

    def _endless(self, path: str) -> None:
        self.send_response(200)
        self.end_headers()  # no Content-Length: the body runs until the client hangs up
        self.close_connection = True
        sent, chunk, deadline = 0, b"x" * 65536, time.monotonic() + ENDLESS_SECONDS
        try:
            while time.monotonic() < deadline:
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        self.repo.record(Request(path, None, 200, sent))
