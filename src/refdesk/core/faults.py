"""Core layer: named crash points, so tests can kill the process at each step of an update.

`REFDESK_TEST_KILL_AT=<name>` makes the process SIGKILL itself when it reaches `checkpoint(name)`;
without the variable a checkpoint costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV_KILL_AT = "REFDESK_TEST_KILL_AT"


def checkpoint(name: str) -> None:
    if os.environ.get(ENV_KILL_AT) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
