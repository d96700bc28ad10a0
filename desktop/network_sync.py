"""The Network view's sync itself: the laboratory's keys unlocked (once a session), "Sync now" and "Check with
the hub" run on the network worker with progress and Stop, and what came of it said in the outcome line (the hub
unreachable: the next automatic try backs off).  A mixin of ``NetworkPage`` (which provides the widgets, the
workers and ``refresh``), as ``NetworkActions`` and ``BulletinActions`` are."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QLineEdit

from labnet.desktop import errors, style
from labnet.desktop.i18n import fill, locale_digits, number, say_error
from labnet.desktop.network_actions import PASSPHRASE_ENV
from labnet.protocol.receipt import already_held
from labnet.sync.status import ENROLLED, NOT_SET_UP


def unlock_keys(data_dir: Path, passphrase: str, cat) -> Any:
    from labnet.protocol.keyfile import load_identity

    return load_identity(data_dir, passphrase)


def _sync(data_dir: Path, identity: Any, cat, context, reconcile: bool = False) -> Any:
    """On the network worker: one sync, reporting progress, stoppable at each step (``reconcile``: first
    ask the hub what it holds of this laboratory's records, and send what differs)."""
    from labnet.sync.client import sync_once
    from labnet.sync.policy import load_policy

    def progress(stage: str, done: int, total: int) -> None:
        context.check()
        context.progress(done, total, stage)

    return sync_once(data_dir, cat, identity, load_policy(data_dir), progress=progress, reconcile=reconcile)


FIRST_RETRY_SECONDS = 60            # after the hub could not be reached; doubles each time
LONGEST_RETRY_SECONDS = 2 * 3600


class SyncActions:
    """Unlock the keys, run a sync (or a check with the hub), follow it, stop it, say its outcome."""

    def ask_passphrase(self) -> str | None:
        """The passphrase of the laboratory's keys (from the environment, as on the command line, or asked)."""
        if os.environ.get(PASSPHRASE_ENV):
            return os.environ[PASSPHRASE_ENV]
        text, ok = QInputDialog.getText(self, self.tr("Unlock the laboratory's keys"),
                                        self.tr("Passphrase of the laboratory's keys:"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def sync_now(self) -> None:
        if self.running is not None:
            return
        self.with_keys(lambda _identity: self._start_sync())

    def check_with_hub(self) -> None:
        if self.running is not None:
            return
        self.with_keys(lambda _identity: self._start_sync(reconcile=True))

    def with_keys(self, then: Callable[[Any], None], cancelled: Callable[[], None] | None = None) -> None:
        """``then(identity)`` once the laboratory's keys are unlocked (the passphrase is asked once a session);
        ``cancelled()`` when the passphrase is not given."""
        if self.identity is not None:
            then(self.identity)
            return
        passphrase = self.ask_passphrase()
        if passphrase is None:
            if cancelled is not None:
                cancelled()
            return

        def unlocked(identity: Any) -> None:
            self.identity = identity
            self._idle()
            then(identity)

        self._busy(self.tr("Unlocking the keys…"))
        self._run(lambda cat: unlock_keys(self.data_dir, passphrase, cat), unlocked, description="unlock keys")

    def _run(self, fn: Any, on_success: Any, **options: Any) -> None:
        """Start network work; ``running`` holds its handle until it ends (a synchronous worker, as in
        tests, may end it before ``run`` returns)."""
        self._ended = False
        handle = self.network_tasks.run(fn, on_success, self._failed, **options)
        if not self._ended:
            self.running = handle

    def _start_sync(self, reconcile: bool = False) -> None:
        self._busy(self.tr("Asking the hub what it holds…") if reconcile else self.tr("Syncing…"))
        identity, data_dir = self.identity, self.data_dir
        self._run(lambda cat, context: _sync(data_dir, identity, cat, context, reconcile), self._synced,
                  on_progress=self._progressed, description="sync")

    def _busy(self, text: str) -> None:
        self.sync_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.outcome_label.setText(text)
        style.set_tone(self.outcome_label, None)

    def _progressed(self, done: int, total: int, stage: str) -> None:
        """Progress from the sync: which bundle, how many records, bytes of this bundle and the time left."""
        if stage == "bundle":
            self._bundle = (done + 1, total)
        elif stage == "records":
            self._records = (done, total)
        elif stage == "upload" and total:
            now = time.monotonic()
            if done == 0 or self._upload_start is None:
                self._upload_start = (now, done)
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            started, first = self._upload_start
            rate = (done - first) / (now - started) if now > started and done > first else 0
            left = self.tr(", about {s} s left").format(s=number((total - done) / rate, 0)) if rate else ""
            bundle, bundles = self._bundle
            records, all_records = self._records
            self.outcome_label.setText(self.tr("Sending bundle {b} of {n}: {done} of {total} kB{left} "
                                               "({records} of {all} records sent before it).").format(
                b=locale_digits(str(bundle)), n=number(bundles), records=number(records), all=number(all_records),
                done=number(done / 1024, 0), total=number(total / 1024, 0), left=left))
            if done >= total:
                self._upload_start = None

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
            self._idle()
            self.outcome_label.setText(self.tr("Stopped. Nothing is lost: the next sync resumes where this one "
                                               "stopped."))
            self.refresh()

    def _idle(self) -> None:
        self.running, self._ended = None, True
        self.cancel_button.hide()
        self.progress.hide()
        self.sync_button.setEnabled(self.status is not None and self.status.state == ENROLLED)
        self.check_button.setEnabled(self.sync_button.isEnabled())
        self.export_button.setEnabled(self.status is not None and self.status.state != NOT_SET_UP)

    def _synced(self, report: Any) -> None:
        self._idle()
        self.last_report = report
        counts = report.records
        if report.bundles:
            text = fill(self.tr("Sent: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected."),
                        **{**counts, "duplicate": already_held(counts)})   # the view's digits
        else:
            text = self.tr("Nothing to send: every change is delivered or stays here under the sharing policy.")
        if report.held is not None:
            text = self.tr("The hub holds {n} of this laboratory's records.").format(n=number(report.held)) + " " + (
                text if report.bundles else self.tr("They are what the sharing policy shares: nothing to send."))
        if report.bulletins:
            text += " " + self.tr("{n} new message(s) from the hub.").format(n=number(len(report.bulletins)))
            self._announce_links(report.bulletins)
            if any(b.kind.startswith("federation-") for b in report.bulletins):
                self.federation.load()   # the keys are unlocked: the hits and follow-ups listed at once
        self.retry_seconds = 0
        self.outcome_label.setText(text)
        style.set_tone(self.outcome_label, "alert" if counts["rejected"] else "ok")
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from labnet.protocol.errors import WrongPassphrase
        from labnet.sync.client import HubUnreachable

        self._idle()
        if isinstance(exc, WrongPassphrase):
            self.outcome_label.setText(self.tr("That passphrase does not unlock the laboratory's keys."))
        elif isinstance(exc, HubUnreachable):
            self.retry_seconds = min(max(self.retry_seconds * 2, FIRST_RETRY_SECONDS), LONGEST_RETRY_SECONDS)
            self.outcome_label.setText(self.tr("The hub cannot be reached now. Nothing is lost: LabNet tries again "
                                               "in {minutes} min (or press Sync now).").format(
                minutes=locale_digits(str(max(1, self.retry_seconds // 60)))))
            self.auto_timer.stop()
        else:
            self.outcome_label.setText(say_error(exc))
            if not errors.is_expected(exc):
                errors.show_error(self, exc)
        style.set_tone(self.outcome_label, "warning")
        self.refresh()
