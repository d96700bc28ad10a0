"""The Network view's bulletins, actionable (issue 22): a link notice opens the two seizures side by side in the
Linkage view (and the profile the other laboratory shared is fetched from the hub in the background, for the
view to overlay: ``fetch_shared_profile``), a method notice opens the method, and any notice can be marked read
(kept in the catalogue's sync state, so it survives a restart; unread ones are bold).  A mixin of
``NetworkPage``, as ``NetworkActions`` is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMenu

from labnet.desktop import errors
from labnet.desktop.i18n import date_text, isolate, locale_digits, number
from labnet.sync.inbox import mark_read

SEQ = Qt.ItemDataRole.UserRole   # a bulletin item's sequence number (None: the "nothing yet" line)
MENU_LINKS = 30                  # a link notice's links offered in its menu; the rest said as a count


class BulletinActions:
    bulletins: Any
    status: Any
    tasks: Any
    network_tasks: Any
    with_keys: Callable[..., None]
    data_dir: Any
    link_menu: QMenu | None = None

    def _show_bulletins(self, bulletins: list[Any]) -> None:
        self.bulletins.clear()
        self.shown_bulletins = {b.seq: b for b in bulletins}
        if not bulletins:
            self.bulletins.addItem(self.tr("Nothing from the hub yet."))
        read = self.status.read if self.status else set()
        for bulletin in bulletins:
            item = QListWidgetItem(f"{date_text(bulletin.created_at)}  {self.describe(bulletin)}")
            item.setData(SEQ, bulletin.seq)
            font = item.font()
            font.setBold(bulletin.seq not in read)
            item.setFont(font)
            if bulletin.kind == "link":
                item.setToolTip(self.tr("Double-click to compare the seizures in the Linkage view"))
            elif bulletin.kind == "method":
                item.setToolTip(self.tr("Double-click to open the method in the Linkage view"))
            self.bulletins.addItem(item)
        self._update_read_buttons()

    def _selected_seqs(self) -> set[int]:
        return {item.data(SEQ) for item in self.bulletins.selectedItems() if item.data(SEQ) is not None}

    def _update_read_buttons(self) -> None:
        read = self.status.read if self.status else set()
        chosen = self._selected_seqs()
        self.mark_read_button.setEnabled(bool(chosen - read))
        self.mark_unread_button.setEnabled(bool(chosen & read))

    def mark_selected(self, read: bool = True) -> None:
        """Mark the selected bulletins read (or unread again)."""
        self._mark(self._selected_seqs(), read)

    def _mark(self, seqs: set[int], read: bool) -> None:
        if not seqs:
            return
        folder = self.data_dir
        self.tasks.run(lambda _cat: mark_read(folder, seqs, read), lambda _none: self.refresh(),
                       lambda exc: errors.show_error(self, exc), description="bulletins read")

    def open_bulletin(self, item: QListWidgetItem) -> None:
        """What a double-click on a bulletin does: a link notice opens the linked seizures (a menu chooses one when
        it names several), a method notice the method; each is marked read."""
        bulletin = self.shown_bulletins.get(item.data(SEQ))
        if bulletin is None:
            return
        content = bulletin.content
        if bulletin.kind == "method":
            self.open_method.emit(str(content.get("name", "")), int(content.get("method_version", 0) or 0))
        elif bulletin.kind == "link":
            links = [link for link in content.get("links") or [] if isinstance(link.get("record_id"), str)]
            method = content.get("method") or {}
            if len(links) == 1:
                self.open_link.emit(links[0]["record_id"], {**links[0], "method": method})
            elif links:
                self._link_menu(links, method, item)
        if bulletin.seq not in (self.status.read if self.status else set()):
            self._mark({bulletin.seq}, True)   # last: it lists the bulletins again, and ``item`` goes

    def fetch_shared_profile(self, record_id: str, other_lab: str, done: Callable[[Any], None],
                             failed: Callable[[BaseException | None], None]) -> None:
        """In the background (the network worker, the keys unlocked first): the profiles ``other_lab`` shared with
        the network that the hub linked with this laboratory's ``record_id`` (``labnet.sync.shared_profile``), to
        ``done``; the refusal or failure to ``failed`` (None: the keys were not unlocked)."""
        from labnet.sync.shared_profile import shared_profiles

        data_dir = self.data_dir
        self.with_keys(lambda identity: self.network_tasks.run(
            lambda _cat: shared_profiles(data_dir, identity, record_id, other_lab), done, failed,
            description="shared profile"), lambda: failed(None))

    def _link_menu(self, links: list[dict], method: dict, item: QListWidgetItem) -> None:
        menu = self.link_menu = QMenu(self.bulletins)
        samples = self.status.samples if self.status else {}
        for link in links[:MENU_LINKS]:
            text = self.tr("{mine} and {theirs} of {lab} (score {score})").format(
                mine=isolate(samples.get(link["record_id"], "?")),
                theirs=isolate(link.get("other_seizure_reference") or link.get("other_lab_sample_number") or "?"),
                lab=isolate(link.get("other_lab", "?")), score=locale_digits(f"{link.get('score', 0):.4g}"))
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, link=link: self.open_link.emit(
                link["record_id"], {**link, "method": method}))
        if len(links) > MENU_LINKS:
            more = menu.addAction(self.tr("{n} more links: see the Classes tab").format(
                n=number(len(links) - MENU_LINKS)))
            more.setEnabled(False)
        menu.popup(self.bulletins.mapToGlobal(self.bulletins.visualItemRect(item).center()))
