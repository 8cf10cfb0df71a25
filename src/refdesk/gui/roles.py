"""GUI layer: the one enum of item data roles shared by the models, delegates and tests."""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import Qt

log = logging.getLogger(__name__)

_BASE = int(Qt.ItemDataRole.UserRole)


class Roles(IntEnum):
    """Custom roles; Qt's own (DisplayRole, CheckStateRole, ...) keep their meaning."""

    # results
    HIT = _BASE + 1  # the SearchHit, plain data
    RESOURCE_ID = _BASE + 2
    TITLE = _BASE + 3
    META = _BASE + 4  # "Guidance · Example Port Authority · 2019 · English"
    SNIPPET = _BASE + 5  # HTML with <b>…</b> around the query's words
    PAGE = _BASE + 6  # 1-based page of the best document hit, or None
    DOCUMENT = _BASE + 7  # sha256 of that document, or None
    # facets
    FACET = _BASE + 20  # "type", "topic", ... for groups and values alike
    VALUE = _BASE + 21  # the facet value's code; None on a group row
    COUNT = _BASE + 22
    IS_GROUP = _BASE + 23
    # the sidebar (bookmarks, collections, recent, saved searches)
    KIND = _BASE + 40  # "section", "entry", "collection", "recent", "saved", "hint"
    ITEM = _BASE + 41  # the plain data of the row: UserEntry, RecentEntry, SavedSearchInfo, a name
    STATUS = _BASE + 42  # "current", "changed", "superseded", "withdrawn" (entries only)
    STATUS_TEXT = _BASE + 43  # the status in words: "New edition", "Superseded by …", …
    NEW_COUNT = _BASE + 44  # saved searches: results new since the user last looked
    MARK = _BASE + 45  # a one-character mark drawn before the title (★ bookmark, ✎ note only)
    SECTION = _BASE + 46  # the key of the section a row belongs to
