"""GUI layer: the kit controller: bookmarks, notes, collections, recent and saved searches.

Turns what the resource pane and the sidebar report into calls on `Library.user`, every one of
them on the write pool (one thread, in order), and brings the results back into both. Notes are
saved as the officer types: debounced, and flushed at once when another resource is shown or the
window closes, so nothing typed is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from refdesk.core.errors import RefdeskError
from refdesk.core.types import SavedSearchInfo, SearchFilters

from . import jobs
from .name_dialog import NameDialog
from .resource_pane import ResourceDetails
from .sidebar_model import SidebarData, SidebarModel
from .user_bar import UserMarks

if TYPE_CHECKING:
    from refdesk.services.library import Library

    from .main_window import MainWindow

log = logging.getLogger(__name__)

NOTE_DEBOUNCE_MS = 700
# A resource counts as viewed once it has been on show this long (arrowing past does not).
RECENT_DWELL_MS = 1000

FILTER_NAMES = {
    "types": "type", "topics": "topic", "audiences": "audience", "countries": "country",
    "regions": "region", "languages": "language",
}  # fmt: skip


class KitController(QObject):
    sidebar_loaded = Signal(object)  # SidebarData
    # A write to the user's data finished (its resource id, or "" for collections and searches).
    saved = Signal(str)
    note_saved = Signal(str)  # resource id

    def __init__(self, window: MainWindow, model: SidebarModel) -> None:
        super().__init__(window)
        self._window, self._model = window, model
        self._pane = window.resource_pane
        self._runner = window.runner
        self._pending_notes: dict[str, str] = {}
        # What the officer typed this session, by resource: shown over a slower read of the database.
        self._typed: dict[str, str] = {}
        self.dialog: NameDialog | None = None
        self._note_timer = self._timer(NOTE_DEBOUNCE_MS, self.flush_note)
        self._recent_timer = self._timer(RECENT_DWELL_MS, self._on_recent_timer_timeout)
        self._recent: tuple[str, str] | None = None
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        pane, side = window.resource_pane, window.sidebar
        pane.bookmark_toggled.connect(self._on_pane_bookmark_toggled)
        pane.note_box.note_edited.connect(self.note_edited)
        pane.banner.acknowledge_clicked.connect(self.acknowledge)
        pane.collection_toggled.connect(self.set_in_collection)
        pane.new_collection_requested.connect(self.new_collection_with_current)
        side.resource_activated.connect(window.show_resource)
        side.successor_requested.connect(window.show_resource)
        side.saved_search_activated.connect(self.run_saved_search)
        side.new_collection_requested.connect(self.new_collection)
        side.rename_requested.connect(self.ask_rename_collection)
        side.remove_requested.connect(self.remove)
        side.acknowledge_requested.connect(self.acknowledge_entry)

    @Slot(bool)
    def _on_pane_bookmark_toggled(self, checked: bool) -> None:
        if self._pane.resource_id is not None:
            self.set_bookmark(self._pane.resource_id, checked)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def data(self) -> SidebarData:
        return self._model.data_set

    def _library(self) -> Library | None:
        return self._window.library

    def _write(
        self, key: str, fn: Callable[[Library], Any], on_done: Callable[[Any], None], resource_id: str = ""
    ) -> None:
        """Run `fn(library)` on the write pool; a RefdeskError becomes a status message."""
        library = self._library()
        if library is None:
            return

        def done(result: Any) -> None:
            on_done(result)
            self.saved.emit(resource_id)

        self._runner.submit(f"write:{key}", lambda: fn(library), done, self._on_write_failed)

    def _on_write_failed(self, error: BaseException) -> None:
        if not isinstance(error, RefdeskError):
            raise error
        self._window.status.showMessage(error.message, 10000)
        self.reload()

    def _say(self, text: str) -> None:
        self._window.status.showMessage(text, 5000)

    # -- the sidebar -----------------------------------------------------------------------------

    def reload(self, *, refresh_saved: bool = False) -> None:
        """Read the sidebar again (on the write pool, so it sees every write asked for before)."""
        self._write(
            "sidebar", lambda lib: jobs.load_sidebar(lib, refresh_saved=refresh_saved), self._on_loaded
        )

    def _on_loaded(self, data: SidebarData) -> None:
        self._model.set_data(data)
        self._pane.collection_names = [name for name, _count in data.collections]
        self.sidebar_loaded.emit(data)

    def _refresh_marks(self, resource_id: str) -> None:
        """Read the marks of the resource on show again (after a write that changed them)."""
        if self._pane.resource_id != resource_id:
            return
        titles = self._pane.details.related_titles if self._pane.details else None
        self._write(
            f"marks:{resource_id}",
            lambda lib: jobs.load_marks(lib, resource_id, titles),
            self._on_marks,
            resource_id,
        )

    def _on_marks(self, marks: UserMarks) -> None:
        self._pane.show_marks(self._with_typed_note(self._pane.resource_id, marks))

    def _with_typed_note(self, resource_id: str | None, marks: UserMarks) -> UserMarks:
        typed = self._typed.get(resource_id or "")
        return replace(marks, note=typed) if typed is not None else marks

    # -- the resource on show ----------------------------------------------------------------------

    def details_arriving(self, details: ResourceDetails, *, viewed: bool = True) -> ResourceDetails:
        """Called before the pane shows a resource: save the note typed on the previous one.
        `viewed`: the officer chose it (not the first result the window selected by itself)."""
        self.flush_note()
        res = details.resource
        self._recent = (res.id, res.title) if viewed else None
        if viewed:
            self._recent_timer.start()
        else:
            self._recent_timer.stop()
        return replace(details, marks=self._with_typed_note(res.id, details.marks))

    def show_withdrawn(self, resource_id: str) -> bool:
        """A saved resource the catalogue no longer has: show what the user's data keeps of it."""
        entry = self.data.entry(resource_id)
        if entry is None:
            return False
        self.flush_note()
        marks = UserMarks(entry.bookmarked, entry.note or "", entry.status, None, "", entry.collections)
        self._pane.show_withdrawn(entry.id, entry.title, self._with_typed_note(entry.id, marks))
        return True

    @Slot()
    def _on_recent_timer_timeout(self) -> None:
        if self._recent is None or self._pane.resource_id != self._recent[0]:
            return
        resource_id, title = self._recent
        self._write(
            f"recent:{resource_id}",
            lambda lib: lib.user.record_view(resource_id, title),
            lambda _: self.reload(),
        )

    def record_view(self, resource_id: str, title: str) -> None:
        """A document was opened: that is a view, whatever the dwell."""
        self._write(
            f"recent:{resource_id}",
            lambda lib: lib.user.record_view(resource_id, title),
            lambda _: self.reload(),
        )

    # -- bookmarks, notes, statuses ------------------------------------------------------------------

    @Slot()
    def toggle_bookmark(self) -> None:
        resource_id = self._pane.resource_id
        if resource_id is None:
            self._say(
                QCoreApplication.translate(
                    "KitController", "Select a resource first, then press Ctrl+D to bookmark it."
                )
            )
            return
        wanted = not self._pane.marks.bookmarked
        self.set_bookmark(resource_id, wanted)

    def set_bookmark(self, resource_id: str, wanted: bool) -> None:
        marks = self._pane.marks
        if self._pane.resource_id == resource_id:  # at once; the write confirms or reverts it
            status = (marks.status or "current") if wanted or marks.note else None
            self._pane.show_marks(replace(marks, bookmarked=wanted, status=status))

        def write(lib: Library) -> None:
            if wanted:
                lib.user.add_bookmark(resource_id)
            else:
                lib.user.remove_bookmark(resource_id)

        self._write(f"bookmark:{resource_id}", write, lambda _: self._after(resource_id), resource_id)
        self._say(
            QCoreApplication.translate("KitController", "Bookmarked.")
            if wanted
            else QCoreApplication.translate("KitController", "Bookmark removed; your note, if any, is kept.")
        )

    def _after(self, resource_id: str) -> None:
        self._refresh_marks(resource_id)
        self.reload()

    @Slot(str)
    def note_edited(self, text: str) -> None:
        resource_id = self._pane.resource_id
        if resource_id is None:
            return
        self._pending_notes[resource_id] = text
        self._typed[resource_id] = text
        self._note_timer.start()

    @Slot()
    def flush_note(self) -> None:
        """Save every note typed since the last save, now."""
        self._note_timer.stop()
        pending, self._pending_notes = self._pending_notes, {}
        for resource_id, text in pending.items():
            if self._pane.resource_id == resource_id:
                self._pane.note_box.set_state("saving")
            self._write(
                f"note:{resource_id}",
                partial(_save_note, resource_id=resource_id, text=text),
                partial(self._on_note_saved, resource_id),
                resource_id,
            )

    def _on_note_saved(self, resource_id: str, _result: object = None) -> None:
        if self._pane.resource_id == resource_id and resource_id not in self._pending_notes:
            self._pane.note_box.set_state("saved")
        self.note_saved.emit(resource_id)
        self.reload()

    @Slot()
    def acknowledge(self) -> None:
        resource_id = self._pane.resource_id
        if resource_id is None or self._pane.marks.status != "changed":
            self._say(
                QCoreApplication.translate(
                    "KitController",
                    "Only a bookmark or note on a resource with a new edition needs acknowledging.",
                )
            )
            return
        self._write(
            f"ack:{resource_id}",
            lambda lib: lib.user.acknowledge(resource_id),
            lambda _: self._after(resource_id),
        )
        self._say(
            QCoreApplication.translate(
                "KitController", "Acknowledged: the bookmark and note now follow the new edition."
            )
        )

    @Slot(str)
    def acknowledge_entry(self, resource_id: str) -> None:
        self._write(
            f"ack:{resource_id}",
            lambda lib: lib.user.acknowledge(resource_id),
            lambda _: self._after(resource_id),
        )

    # -- collections -----------------------------------------------------------------------------

    @Slot(str, bool)
    def set_in_collection(self, name: str, wanted: bool) -> None:
        resource_id = self._pane.resource_id
        if resource_id is None:
            return

        def write(lib: Library) -> None:
            if wanted:
                lib.user.add_to_collection(name, resource_id)
            else:
                lib.user.remove_from_collection(name, resource_id)

        self._write(f"collection:{name}:{resource_id}", write, lambda _: self._after(resource_id))
        self._say(
            QCoreApplication.translate("KitController", "Added to “{name}”.").format(name=name)
            if wanted
            else QCoreApplication.translate("KitController", "Taken out of “{name}”.").format(name=name)
        )

    @Slot()
    def new_collection(self) -> None:
        self._ask(
            QCoreApplication.translate("KitController", "New collection"),
            QCoreApplication.translate("KitController", "Name of the new collection:"),
            "",
            self.create_collection,
        )

    @Slot()
    def new_collection_with_current(self) -> None:
        resource_id = self._pane.resource_id
        self._ask(
            QCoreApplication.translate("KitController", "New collection"),
            QCoreApplication.translate("KitController", "Name of the new collection:"),
            "",
            lambda name: self.create_collection(name, resource_id),
        )

    def create_collection(self, name: str, resource_id: str | None = None) -> None:
        def write(lib: Library) -> None:
            if resource_id is not None:
                lib.user.add_to_collection(name, resource_id)
            else:
                lib.user.create_collection(name)

        self._write(f"collection-new:{name}", write, lambda _: self._after(resource_id or ""))

    @Slot(str)
    def ask_rename_collection(self, name: str) -> None:
        self._ask(
            QCoreApplication.translate("KitController", "Rename collection"),
            QCoreApplication.translate("KitController", "New name for “{name}”:").format(name=name),
            name,
            lambda new: self.rename_collection(name, new),
        )

    def rename_collection(self, old: str, new: str) -> None:
        self._write(
            f"collection-rename:{old}",
            lambda lib: lib.user.rename_collection(old, new),
            lambda _: self.reload(),
        )

    def delete_collection(self, name: str) -> None:
        self._write(
            f"collection-delete:{name}", lambda lib: lib.user.delete_collection(name), lambda _: self.reload()
        )
        self._say(
            QCoreApplication.translate(
                "KitController", "Deleted the collection “{name}”; its bookmarks stay."
            ).format(name=name)
        )

    def _ask(self, title: str, label: str, text: str, accepted: Callable[[str], None]) -> None:
        """A name, asked in a dialog that never blocks (open(), not exec())."""
        dialog = NameDialog(title, label, text, self._window)
        dialog.name_chosen.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- what the sidebar asks -----------------------------------------------------------------------

    @Slot(str, str, str)
    def remove(self, what: str, key: str, collection: str) -> None:
        if what == "bookmark":
            self.set_bookmark(key, False)
        elif what == "from_collection":
            self._write(
                f"collection:{collection}:{key}",
                lambda lib: lib.user.remove_from_collection(collection, key),
                lambda _: self._after(key),
            )
        elif what == "collection":
            self.delete_collection(key)
        elif what == "saved":
            self._write(
                f"saved-delete:{key}",
                lambda lib: lib.user.delete_saved_search(int(key)),
                lambda _: self.reload(),
            )

    # -- saved searches --------------------------------------------------------------------------

    @Slot()
    def save_search(self) -> None:
        request = self._window.controller.request
        name = request.query.strip() or describe_filters(request.filters)
        self._write(
            "saved-new", lambda lib: lib.user.save_search(name, request, lib.search), self._on_search_saved
        )

    def _on_search_saved(self, saved: SavedSearchInfo) -> None:
        self._say(
            QCoreApplication.translate(
                "KitController", "Saved the search “{name}”; after each update it shows what is new for it."
            ).format(name=saved.name)
        )
        self.reload()

    @Slot(int)
    def run_saved_search(self, search_id: int) -> None:
        saved = next((s for s in self.data.saved if s.id == search_id), None)
        if saved is None:
            return
        self._window.run_search(saved.query, saved.filters)
        if saved.new_count:
            self._write(
                f"saved-seen:{search_id}",
                lambda lib: lib.user.mark_saved_search_seen(search_id, lib.search),
                lambda _: self.reload(),
            )


def _save_note(library: Library, *, resource_id: str, text: str) -> None:
    library.user.set_note(resource_id, text)


def describe_filters(filters: SearchFilters) -> str:
    """A name for a search without words: its filters ("country TH, type guidance")."""
    parts = [
        f"{label} {', '.join(getattr(filters, attr))}"
        for attr, label in FILTER_NAMES.items()
        if getattr(filters, attr)
    ]
    if filters.year_from or filters.year_to:
        parts.append(f"years {filters.year_from or '…'}–{filters.year_to or '…'}")
    return "; ".join(parts) or "Everything"
