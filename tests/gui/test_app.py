"""The entry points: `refdesk open`, the error dialog, the status line's words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from refdesk.cli import main as cli
from refdesk.gui.errors import ErrorReporter
from refdesk.gui.status import describe_age

pytestmark = pytest.mark.gui


@pytest.fixture
def fake_gui(monkeypatch):  # type: ignore[no-untyped-def]
    """Stands in for the window's loop, which would block the test; records how it was asked."""
    calls: list[dict] = []

    def run(paths, **kwargs):  # type: ignore[no-untyped-def]
        calls.append({"data_dir": paths.data_dir, **kwargs})
        return 0

    import refdesk.gui.app

    monkeypatch.setattr(refdesk.gui.app, "run", run)
    monkeypatch.setattr(cli, "setup_logging", lambda paths: paths.log_dir / "refdesk.log")
    return calls


def test_refdesk_open_hands_the_page_to_the_window(fake_gui, small_library, capsys) -> None:
    data = str(small_library.paths.data_dir)
    assert cli.main(["--data-dir", data, "open", "fishing-vessel-inspection", "--page", "3"]) == 0
    assert fake_gui == [
        {"data_dir": small_library.paths.data_dir, "open_resource": "fishing-vessel-inspection", "page": 3}
    ]
    assert cli.main(["--data-dir", data]) == 0  # no command: the window
    assert fake_gui[-1] == {"data_dir": small_library.paths.data_dir}
    assert cli.main(["--data-dir", data, "open", "no-such-thing"]) == 1
    assert cli.main(["--data-dir", data, "open", "ilo-forced-labour-indicators"]) == 1
    assert "no document" in capsys.readouterr().err
    assert cli.main(["--data-dir", data, "open", "fishing-vessel-inspection", "--page", "9"]) == 2
    assert cli.main(["--data-dir", data, "open", "fishing-vessel-inspection", "--page", "0"]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert len(fake_gui) == 2


def test_the_window_opens_straight_at_the_page(qtbot, make_window) -> None:
    window = make_window(open_resource="fishing-vessel-inspection", page=2)
    qtbot.waitUntil(lambda: window.reading, timeout=10_000)
    assert window.viewer.is_pdf and window.viewer.pdf.current_page == 2
    assert window.viewer.page_spin.value() == 2


def test_unexpected_errors_show_a_calm_dialog_without_a_traceback(qtbot, tmp_path, caplog) -> None:
    log_file = tmp_path / "logs" / "refdesk.log"
    reporter = ErrorReporter(log_file)
    reporter.install()
    try:
        try:
            raise RuntimeError("the index exploded")
        except RuntimeError as exc:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        shown = dialog.text()
        assert str(log_file) in shown
        assert "Traceback" not in shown and "exploded" not in shown
        assert dialog.isVisible()  # opened with open(): the event loop runs on
        assert "Traceback" in caplog.text  # the details went to the log
        dialog.close()
    finally:
        reporter.uninstall()


def test_catalogue_age_in_words() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert describe_age(now - timedelta(hours=3), now) == "published today"
    assert describe_age(now - timedelta(days=1, hours=2), now) == "published yesterday"
    assert describe_age(now - timedelta(days=12), now) == "published 12 days ago"
    assert describe_age(now - timedelta(days=100), now) == "published 3 months ago"
    assert describe_age(now - timedelta(days=800), now) == "published 2 years ago"
    assert describe_age(now + timedelta(days=2), now) == "published today"
