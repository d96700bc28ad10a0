"""What the Network view does besides a sync itself: schedule syncs, set the laboratory up, enrol,
exchange by USB stick, edit the sharing policy.  A mixin of ``NetworkPage`` (which provides the widgets, the network worker,
``_run``, ``_busy``, ``_idle`` and ``_failed``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog

from labnet.desktop import style
from labnet.desktop.i18n import fill, isolate, number
from labnet.protocol.keys import short_key_id
from labnet.protocol.receipt import already_held
from labnet.sync.status import ENROLLED, NOT_SET_UP

PASSPHRASE_ENV = "LABNET_PASSPHRASE"   # as on the command line


def _export(data_dir: Path, identity: Any, folder: Path, cat) -> list[tuple[Path, Any]]:
    from labnet.protocol.pinning import load_pinned_hub
    from labnet.sync.policy import load_policy
    from labnet.sync.sticks import export_to

    return export_to(folder, cat, identity, load_pinned_hub(data_dir), load_policy(data_dir))


def _import(data_dir: Path, path: Path, cat) -> Any:
    from labnet.sync.sticks import import_file

    return import_file(data_dir, cat, path)


class NetworkActions:
    """Automatic sync, set-up, enrolment, USB exchange and the policy editor, for the Network view."""

    # -- automatic sync -------------------------------------------------------------------------
    def _auto_settings_changed(self) -> None:
        self.settings.setValue("network/auto_sync", self.auto_check.isChecked())
        self.settings.setValue("network/interval_minutes", self.interval.value())
        self.settings.setValue("network/debounce_seconds", self.debounce.value())
        self.change_timer.setInterval(self.debounce.value() * 1000)
        self._schedule()

    def _schedule(self) -> None:
        """Arm the next automatic sync: the interval, or the backoff while the hub is unreachable."""
        enrolled = self.status is not None and self.status.state == ENROLLED
        if not (self.auto_check.isChecked() and enrolled):
            self.auto_timer.stop()
            return
        seconds = self.retry_seconds or self.interval.value() * 60
        if not self.auto_timer.isActive() or self.auto_timer.remainingTime() > seconds * 1000:
            self.auto_timer.start(seconds * 1000)

    def changes_made(self) -> None:
        """Records changed: sync shortly (a burst of changes makes one sync)."""
        if self.auto_check.isChecked() and self.status is not None and self.status.state == ENROLLED:
            self.change_timer.start()

    def auto_sync(self) -> None:
        """A sync nobody asked for: only with the keys already unlocked (never a dialog out of the blue)."""
        if self.running is not None or self.status is None or self.status.state != ENROLLED:
            return
        if self.identity is None and not os.environ.get(PASSPHRASE_ENV):
            self.outcome_label.setText(self.tr("Automatic sync waits until the keys are unlocked: press "
                                               "Sync now once."))
            return
        self.sync_now()

    # -- USB stick ---------------------------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder on the USB stick"))
        return Path(folder) if folder else None

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A receipt or bulletin file from the hub"), "",
                                              self.tr("Hub files (*.json *.jsonl *.receipt);;All files (*)"))
        return Path(name) if name else None

    def export_for_stick(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        self.with_keys(lambda identity: self._exporting(identity, folder))

    def _exporting(self, identity: Any, folder: Path) -> None:
        self._busy(self.tr("Sealing the bundle…"))
        data_dir = self.data_dir
        self._run(lambda cat: _export(data_dir, identity, folder, cat), self._exported, description="export bundle")

    def _exported(self, written: list[tuple[Path, Any]]) -> None:
        self._idle()
        if not written:
            self.outcome_label.setText(self.tr("Nothing to send: every change is delivered or stays here under "
                                               "the sharing policy."))
        else:
            records = sum(header.records for _, header in written)
            self.outcome_label.setText(self.tr("{records} record(s) sealed into {files}. Hand the stick to the "
                                               "hub's administrator; the receipt comes back the same way.").format(
                records=number(records), files=isolate(", ".join(path.name for path, _ in written))))
            style.set_tone(self.outcome_label, "ok")
        self.refresh()

    def import_from_stick(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        self.network_tasks.run(lambda cat: _import(self.data_dir, path, cat), self._imported,
                               self._failed, description="import from the hub")

    def _imported(self, done: Any) -> None:
        if done.kind == "receipt":
            outcome = done.receipt
            if outcome.already_applied:
                text = self.tr("This receipt was already applied; nothing changed.")
            elif outcome.status == "rejected":
                text = self.tr("The hub refused that bundle whole: {reason}. Its records stay to be sent.").format(
                    reason=outcome.reason)
            else:
                text = fill(self.tr("Receipt applied: {accepted} accepted, {duplicate} already at the hub, {rejected} "
                                    "rejected."), **{**outcome.counts, "duplicate": already_held(outcome.counts)})
        elif done.kind == "hub-keys":
            revoked = sum(event.status == "revoked" for event in done.key_events)
            retired = len(done.key_events) - revoked
            if done.pinned == "rotated":
                text = self.tr("Followed the hub's new keys (signing key {key}); bundles are now sealed to them. "
                               "Older hub keys: {retired} retired, {revoked} revoked.")
            else:
                text = self.tr("The hub's keys are those pinned here (signing key {key}). Older hub keys: "
                               "{retired} retired, {revoked} revoked.")
            text = text.format(key=isolate(short_key_id(done.hub.signing_key_id)), retired=number(retired),
                               revoked=number(revoked))
        else:
            text = self.tr("{n} bulletin(s) checked, {new} new.").format(n=number(len(done.bulletins)), new=number(done.new_bulletins))
            self._announce_links(done.bulletins)
        self.outcome_label.setText(text)
        style.set_tone(self.outcome_label, "ok")
        self.refresh()

    def _announce_links(self, bulletins: list[Any]) -> None:
        links = sum(len(b.content.get("links") or []) for b in bulletins if b.kind == "link")
        if links:
            self.links_found.emit(links)

    # -- setting up ---------------------------------------------------------------------------------
    def set_up_or_enrol(self) -> None:
        if self.status is not None and self.status.state == NOT_SET_UP:
            self.set_up()
        else:
            code, ok = QInputDialog.getText(self, self.tr("Enrol with the hub"),
                                            self.tr("The enrolment code from your hub's administrator (LN1-…):"))
            if ok and code.strip():
                self.enrol(code.strip())

    def set_up(self) -> Any:
        """The first-run wizard (also offered here when it was skipped)."""
        from labnet.desktop.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.network_tasks, self.data_dir, ask_for_account=not self.has_accounts(),
                                     parent=self)
        self.wizard.accepted.connect(self._set_up_done)
        self.wizard.show()
        return self.wizard

    def _set_up_done(self) -> None:
        info = self.wizard.result_info or {}
        self.identity = info.get("identity")
        if info.get("hub"):
            text = self.tr("Keys created and enrolled with {hub}.").format(hub=info["hub"])
        elif info.get("enrol_problem"):
            text = self.tr("Keys created; the enrolment did not work: {why}").format(why=info["enrol_problem"])
        else:
            text = self.tr("Keys created. Enrol with the code from your hub's administrator when you have it.")
        self.outcome_label.setText(text)
        style.set_tone(self.outcome_label, "warning" if info.get("enrol_problem") else "ok")
        self.refresh()

    def enrol(self, code: str) -> None:
        self.with_keys(lambda identity: self._enrolling(identity, code))

    def _enrolling(self, identity: Any, code: str) -> None:
        from labnet.sync.enrolment import enrol_online

        self._busy(self.tr("Enrolling…"))
        data_dir = self.data_dir
        self._run(lambda cat: enrol_online(data_dir, identity, code), self._enrolled, description="enrol")

    def _enrolled(self, hub: Any) -> None:
        self._idle()
        self.outcome_label.setText(self.tr("Enrolled with {hub}; Sync now shares what the policy allows.").format(
            hub=hub.name))
        style.set_tone(self.outcome_label, "ok")
        self.refresh()

    # -- sharing policy -------------------------------------------------------------------------
    def edit_policy(self) -> None:
        """The policy editor, once the keys are unlocked (its preview shows pseudonyms as they leave)."""
        self.with_keys(self._open_policy)

    def _open_policy(self, identity: Any) -> None:
        from labnet.desktop.policy_editor import PolicyEditor
        from labnet.sync.policy import load_policy

        try:
            policy = load_policy(self.data_dir)
        except Exception as exc:  # noqa: BLE001 - a policy file edited by hand and broken: say so
            self._failed(exc)
            return
        self.policy_editor = PolicyEditor(policy, self.data_dir, self.network_tasks, identity.pseudonym_secret,
                                          may_save=self.may_edit_policy(), saved=self._policy_saved, parent=self)
        self.policy_editor.show()

    def _policy_saved(self) -> None:
        self.outcome_label.setText(self.tr("Sharing policy saved; the next sync follows it."))
        style.set_tone(self.outcome_label, "ok")
        self.refresh()
