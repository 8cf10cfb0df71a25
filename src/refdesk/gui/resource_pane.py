"""GUI layer: the resource pane: every field of the selected resource, its summary, documents and links."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPoint, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from refdesk.core.types import DocumentRef, Resource

from .i18n import Retranslatable, data_size
from .labels import Labels
from .user_bar import NoteBox, StatusBanner, UserMarks

log = logging.getLogger(__name__)

SCHEME = "refdesk"
# Kinds of document as shown (marked for translation; translated when shown).
MEDIA_NAMES = {
    "application/pdf": QT_TRANSLATE_NOOP("ResourcePane", "PDF"),
    "text/markdown": QT_TRANSLATE_NOOP("ResourcePane", "Text"),
    "text/html": QT_TRANSLATE_NOOP("ResourcePane", "Web page"),
    "text/plain": QT_TRANSLATE_NOOP("ResourcePane", "Text"),
}


def _tr(text: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP("ResourcePane", ...), in the current language."""
    return QCoreApplication.translate("ResourcePane", str(text))


@dataclass(frozen=True)
class ResourceDetails:
    """What the pane shows: the resource, the titles of the resources it links to, the best hit."""

    resource: Resource
    related_titles: dict[str, str] = field(default_factory=dict)
    hit_document: str | None = None
    hit_page: int | None = None
    marks: UserMarks = field(default_factory=UserMarks)


def resource_link(resource_id: str) -> str:
    return f"{SCHEME}:resource/{resource_id}"


def document_link(sha256: str, page: int | None = None) -> str:
    return f"{SCHEME}:document/{sha256}" + (f"?page={page}" if page else "")


class ResourcePane(Retranslatable, QWidget):
    """The right panel. Links inside it open resources and documents; web addresses are only shown."""

    resource_requested = Signal(str)
    document_requested = Signal(str, int)  # sha256, page (0: the start)
    external_link_clicked = Signal(str)
    bookmark_toggled = Signal(bool)
    collection_toggled = Signal(str, bool)  # collection name, the resource in it or not
    new_collection_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resource_pane")
        self.labels = Labels()
        self.details: ResourceDetails | None = None
        # The resource on show, also when it is a withdrawn one known only from the user's data.
        self.shown: tuple[str, str] | None = None  # id, title
        self.marks = UserMarks()
        self.collection_names: list[str] = []
        # The words shown while no resource is (None: the usual "Select a result ..." hint).
        self._placeholder: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 8, 8)
        self.banner = StatusBanner(self)
        self.banner.successor_clicked.connect(self.resource_requested)
        self.banner.label.linkActivated.connect(self._on_banner_link_activated)
        layout.addWidget(self.banner)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("resource_text")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        layout.addWidget(self.browser, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_document")
        self.open_button.clicked.connect(self.open_best_document)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_link")
        self.copy_button.clicked.connect(self.copy_url)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        self.bookmark_button = QPushButton(self)
        self.bookmark_button.setObjectName("bookmark_toggle")
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.clicked.connect(self.bookmark_toggled)
        self.collections_button = QPushButton(self)
        self.collections_button.setObjectName("collections_menu")
        self.collections_button.clicked.connect(self.show_collections_menu)
        self.collections_menu: QMenu | None = None
        buttons.addWidget(self.bookmark_button)
        buttons.addWidget(self.collections_button)
        layout.addLayout(buttons)
        self.note_box = NoteBox(self)
        layout.addWidget(self.note_box)
        self._retranslate()
        self.show_placeholder()

    def _language_changed(self) -> None:
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        """The words of the pane's own controls in the current language (the resource: `refresh`)."""
        self.browser.setAccessibleName(QCoreApplication.translate("ResourcePane", "Resource details"))
        self.browser.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePane",
                "Every field of the selected resource, its summary, documents, translations and editions. "
                "Tab moves between links; Enter follows one.",
            )
        )
        self.open_button.setText(QCoreApplication.translate("ResourcePane", "Open document"))
        self.open_button.setAccessibleName(QCoreApplication.translate("ResourcePane", "Open document"))
        self.open_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePane", "Open the resource's document in RefDesk's viewer (Ctrl+O)"
            )
        )
        self.copy_button.setText(QCoreApplication.translate("ResourcePane", "Copy web address"))
        self.copy_button.setAccessibleName(QCoreApplication.translate("ResourcePane", "Copy web address"))
        self.copy_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePane",
                "Copy the resource's canonical web address to the clipboard (Ctrl+Shift+C); "
                "RefDesk never opens it",
            )
        )
        self.bookmark_button.setAccessibleName(QCoreApplication.translate("ResourcePane", "Bookmark"))
        self.bookmark_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePane",
                "Bookmark this resource, or remove the bookmark (Ctrl+D); "
                "bookmarks survive catalogue updates",
            )
        )
        self.collections_button.setText(QCoreApplication.translate("ResourcePane", "Collections…"))
        self.collections_button.setAccessibleName(QCoreApplication.translate("ResourcePane", "Collections"))
        self.collections_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePane", "Put this resource in a collection or take it out of one (Ctrl+Shift+D)"
            )
        )
        self._show_bookmarked()

    # -- what the window calls ---------------------------------------------------------------

    def show_placeholder(self, text: str | None = None) -> None:
        """No resource on show: `text` says why (None: the usual hint to select a result)."""
        self.details = None
        self.shown = None
        self._placeholder = text
        self._render_placeholder()
        self.open_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.show_marks(UserMarks())

    def show_details(self, details: ResourceDetails) -> None:
        self.details = details
        res = details.resource
        self.shown = (res.id, res.title)
        self._render(details)
        self.open_button.setEnabled(bool(res.documents))
        self.copy_button.setEnabled(bool(res.url))
        self.show_marks(details.marks)

    def show_withdrawn(self, resource_id: str, title: str, marks: UserMarks) -> None:
        """A bookmarked or annotated resource the catalogue no longer has: the user's data only."""
        self.details = None
        self.shown = (resource_id, title)
        self._render_withdrawn(resource_id, title)
        self.open_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.show_marks(marks)

    def show_marks(self, marks: UserMarks) -> None:
        """The user's bookmark, note, collections and status for the resource on show."""
        self.marks = marks
        active = self.shown is not None
        self.bookmark_button.setEnabled(active)
        self.collections_button.setEnabled(active and marks.status != "withdrawn")
        self.bookmark_button.setChecked(marks.bookmarked)
        self._show_bookmarked()
        self.note_box.setEnabled(active)
        self.note_box.load(marks.note)
        self.banner.show_marks(marks)

    @Slot()
    def show_collections_menu(self) -> None:
        """The collections with a tick where this resource is in; popped up, never exec()."""
        menu = self.make_collections_menu()
        if menu is not None:
            menu.popup(self.collections_button.mapToGlobal(QPoint(0, self.collections_button.height())))

    def make_collections_menu(self) -> QMenu | None:
        if self.shown is None or not self.collections_button.isEnabled():
            return None
        menu = QMenu(self)
        menu.setObjectName("collections_popup")
        menu.setAccessibleName(QCoreApplication.translate("ResourcePane", "Collections for this resource"))
        for name in self.collection_names:
            action = QAction(name.replace("&", "&&"), menu)
            action.setCheckable(True)
            action.setChecked(name in self.marks.collections)
            action.toggled.connect(lambda checked, name=name: self.collection_toggled.emit(name, checked))
            menu.addAction(action)
        if self.collection_names:
            menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("ResourcePane", "New collection with this resource…"),
            self.new_collection_requested.emit,
        )
        self.collections_menu = menu
        return menu

    def refresh(self) -> None:
        """The theme, the labels or the language changed; paint the same resource again."""
        if self.details is not None:
            self._render(self.details)
        elif self.shown is not None:
            self._render_withdrawn(*self.shown)
        else:
            self._render_placeholder()
        self.banner.show_marks(self.marks)

    @property
    def resource_id(self) -> str | None:
        return self.shown[0] if self.shown else None

    @Slot()
    def copy_url(self) -> None:
        if self.details is not None and self.details.resource.url:
            QGuiApplication.clipboard().setText(self.details.resource.url)

    def best_document(self) -> tuple[str, int] | None:
        """The document to open and its page: the best hit's, else the first document's start."""
        if self.details is None or not self.details.resource.documents:
            return None
        if self.details.hit_document:
            return self.details.hit_document, self.details.hit_page or 0
        return self.details.resource.documents[0].sha256, 0

    # -- rendering ---------------------------------------------------------------------------

    def _show_bookmarked(self) -> None:
        self.bookmark_button.setText(
            QCoreApplication.translate("ResourcePane", "★ Bookmarked")
            if self.marks.bookmarked
            else QCoreApplication.translate("ResourcePane", "☆ Bookmark")
        )

    def _render_placeholder(self) -> None:
        text = self._placeholder
        if text is None:
            text = QCoreApplication.translate("ResourcePane", "Select a result to see its details here.")
        self.browser.setHtml(f"<p style='color:gray'>{html.escape(text)}</p>")

    def _render_withdrawn(self, resource_id: str, title: str) -> None:
        text = QCoreApplication.translate(
            "ResourcePane",
            "This resource was withdrawn from the catalogue; only your bookmark and note are kept. "
            "Its identifier was <code>{id}</code>.",
        )
        self.browser.setHtml(
            f"<h2>{html.escape(title)}</h2><p>{text.format(id=html.escape(resource_id))}</p>"
        )

    def _render(self, details: ResourceDetails) -> None:
        res, labels = details.resource, self.labels
        document = self.browser.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.insertHtml(self._header_html(res))
        cursor.insertBlock()
        cursor.insertHtml("<h3>" + QCoreApplication.translate("ResourcePane", "Summary") + "</h3>")
        cursor.insertBlock()
        cursor.insertFragment(
            QTextDocumentFragment.fromMarkdown(
                res.summary or "_" + QCoreApplication.translate("ResourcePane", "No summary.") + "_"
            )
        )
        cursor.insertBlock()
        cursor.insertHtml(self._links_html(details))
        cursor.insertBlock()
        cursor.insertHtml(self._fields_html(res, labels))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _header_html(self, res: Resource) -> str:
        parts = [f"<h2>{html.escape(res.title)}</h2>"]
        if res.superseded_by:
            links = ", ".join(self._resource_anchor(rid) for rid in res.superseded_by)
            heading = QCoreApplication.translate("ResourcePane", "A newer edition exists:")
            parts.append(f"<p><b>{heading}</b> {links}</p>")
        facts = [self.labels.value("type", res.type)]
        if res.publishers:
            facts.append(", ".join(res.publishers))
        if res.year is not None:
            facts.append(str(res.year))
        parts.append(f"<p>{html.escape(' · '.join(facts))}</p>")
        return "".join(parts)

    def _resource_anchor(self, resource_id: str) -> str:
        title = (self.details.related_titles if self.details else {}).get(resource_id)
        if title is None:
            return QCoreApplication.translate("ResourcePane", "{id} (not in this catalogue)").format(
                id=html.escape(resource_id)
            )
        return f"<a href='{resource_link(resource_id)}'>{html.escape(title)}</a>"

    def _document_item(self, doc: DocumentRef, details: ResourceDetails) -> str:
        name = doc.title or doc.path.rsplit("/", 1)[-1]
        media = MEDIA_NAMES.get(doc.media_type)
        facts = [_tr(media) if media else doc.media_type]
        if doc.media_type == "application/pdf":
            pages = QLocale().toString(doc.pages)
            if doc.pages == 1:
                facts.append(QCoreApplication.translate("ResourcePane", "{count} page").format(count=pages))
            else:
                facts.append(QCoreApplication.translate("ResourcePane", "{count} pages").format(count=pages))
        facts.append(data_size(doc.size))
        if doc.language:
            facts.append(self.labels.value("language", doc.language))
        page = details.hit_page if details.hit_document == doc.sha256 else None
        best = ""
        if page:
            text = QCoreApplication.translate("ResourcePane", "best match on page {page}")
            best = f" — <b>{text.format(page=QLocale().toString(page))}</b>"
        return (
            f"<li><a href='{document_link(doc.sha256, page)}'>{html.escape(name)}</a> "
            f"({html.escape(', '.join(facts))}){best}</li>"
        )

    def _links_html(self, details: ResourceDetails) -> str:
        res = details.resource
        parts = ["<h3>" + QCoreApplication.translate("ResourcePane", "Documents") + "</h3>"]
        if res.documents:
            parts.append("<ul>" + "".join(self._document_item(d, details) for d in res.documents) + "</ul>")
        else:
            text = QCoreApplication.translate(
                "ResourcePane", "No document is stored in the catalogue; see the web address below."
            )
            parts.append(f"<p>{text}</p>")
        for heading, ids in (
            (QCoreApplication.translate("ResourcePane", "Translations"), res.translations),
            (QCoreApplication.translate("ResourcePane", "Supersedes (older editions)"), res.supersedes),
            (QCoreApplication.translate("ResourcePane", "Superseded by (newer editions)"), res.superseded_by),
        ):
            if ids:
                items = "".join(f"<li>{self._resource_anchor(rid)}</li>" for rid in ids)
                parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")
        parts.append("<h3>" + QCoreApplication.translate("ResourcePane", "Web address") + "</h3>")
        if res.url:
            shown = QCoreApplication.translate(
                "ResourcePane", "Shown, not opened: copy it into a browser when you are online."
            )
            parts.append(f"<p><code>{html.escape(res.url)}</code></p><p><i>{shown}</i></p>")
        else:
            parts.append("<p>" + QCoreApplication.translate("ResourcePane", "None recorded.") + "</p>")
        return "".join(parts)

    def _fields_html(self, res: Resource, labels: Labels) -> str:
        rows: list[tuple[str, str]] = [
            (QCoreApplication.translate("ResourcePane", "Type"), labels.value("type", res.type)),
            (QCoreApplication.translate("ResourcePane", "Publishers"), "; ".join(res.publishers)),
            (QCoreApplication.translate("ResourcePane", "Year"), "" if res.year is None else str(res.year)),
            (
                QCoreApplication.translate("ResourcePane", "Topics"),
                ", ".join(labels.values("topic", res.topics)),
            ),
            (
                QCoreApplication.translate("ResourcePane", "Audiences"),
                ", ".join(labels.values("audience", res.audiences)),
            ),
            (
                QCoreApplication.translate("ResourcePane", "Countries"),
                ", ".join(labels.values("country", res.countries)),
            ),
            (
                QCoreApplication.translate("ResourcePane", "Regions"),
                ", ".join(labels.values("region", res.regions)),
            ),
            (
                QCoreApplication.translate("ResourcePane", "Languages"),
                ", ".join(labels.values("language", res.languages)),
            ),
            (QCoreApplication.translate("ResourcePane", "Stage"), ", ".join(res.stage)),
            (QCoreApplication.translate("ResourcePane", "Identification"), ", ".join(res.identification)),
            (QCoreApplication.translate("ResourcePane", "Licence"), res.licence or ""),
            (QCoreApplication.translate("ResourcePane", "Identifier"), res.id),
        ]
        rows += [(str(key).replace("_", " ").capitalize(), _plain(value)) for key, value in res.extra.items()]
        body = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        heading = QCoreApplication.translate("ResourcePane", "Details")
        return f"<h3>{heading}</h3><table cellspacing='0' cellpadding='2'>{body}</table>"

    # -- links -------------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            self.external_link_clicked.emit(url.toString())
            return
        kind, _, target = url.path().partition("/")
        if kind == "resource":
            self.resource_requested.emit(target)
        elif kind == "document":
            page = url.query().removeprefix("page=")
            self.document_requested.emit(target, int(page) if page.isdigit() else 0)

    @Slot(str)
    def _on_banner_link_activated(self, link: str) -> None:
        self._on_browser_anchor_clicked(QUrl(link))

    @Slot()
    def open_best_document(self) -> None:
        best = self.best_document()
        if best is not None:
            self.document_requested.emit(*best)


def _plain(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
