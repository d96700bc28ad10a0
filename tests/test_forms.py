"""The record forms, driven through their real widgets on a real catalogue."""

import json
import warnings

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from factories import days, profile, sample, training
from labnet.catalogue import custody
from labnet.catalogue.records import RECORD_TYPES
from labnet.catalogue.store import Catalogue
from labnet.desktop.forms import RecordEditor
from labnet.desktop.forms.sections import PANEL_FIELDS
from labnet.desktop.tasks import Tasks
from labnet.resources import resource_path


def make_tasks(path, user="amina"):
    return Tasks(lambda: Catalogue.open(path, user=user), synchronous=True)


@pytest.fixture
def tasks(tmp_path):
    tasks = make_tasks(tmp_path)
    yield tasks
    tasks.shutdown()


def run(tasks, fn):
    """Run ``fn(cat)`` on the (synchronous) worker and return its result."""
    out = []
    tasks.run(fn, out.append, lambda exc: (_ for _ in ()).throw(exc))
    return out[0]


def open_editor(qtbot, tasks, kind, record=None):
    editor = RecordEditor(tasks, kind, record, None)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def activate(window):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def type_into(qtbot, editor, name, text, clear=True):
    widget = editor.field_widget(name)
    if clear:
        widget.clear()
    qtbot.keyClicks(widget, text)


def choose(editor, name, code):
    combo = editor.field_widget(name)
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered for {name}"
    combo.setCurrentIndex(index)


def offered(editor, name):
    combo = editor.field_widget(name)
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) is not None]


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A message box nobody expected must never block the tests (e.g. when closing at teardown)."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


@pytest.fixture
def answer(monkeypatch):
    """Replace QMessageBox.exec: record each box's text, answer with the given button."""
    seen = []

    def install(button):
        def fake_exec(box):
            seen.append(box.text() + "\n" + box.informativeText())
            return button
        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        return seen
    return install


# --- reference samples ------------------------------------------------------------------

def test_create_a_reference_sample_through_the_form(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "reference_sample")
    assert not editor.save_button.isEnabled()  # inventory code and substance still empty
    assert "To save, fill in" in editor.banner.plain_text()
    type_into(qtbot, editor, "inventory_code", "RS-2025-014")
    type_into(qtbot, editor, "substance", "Cocaine hydrochloride")
    type_into(qtbot, editor, "cas_number", "53-21-5")  # wrong check digit
    assert "check digit of CAS number 53-21-5 is wrong" in editor.field_error("cas_number")
    assert "CAS number" in editor.banner.plain_text()
    assert not editor.save_button.isEnabled()

    type_into(qtbot, editor, "cas_number", "53-21-4")
    assert editor.field_error("cas_number") == ""
    choose(editor, "unit", "mg")
    # The view is English (conftest): "100,5" there is a misplaced thousands group, refused since issue 22.
    type_into(qtbot, editor, "quantity", "100.5")
    type_into(qtbot, editor, "remaining_quantity", "100.5")
    type_into(qtbot, editor, "received_on", days(-3))
    assert editor.save_button.isEnabled()
    activate(editor)  # the offscreen platform never activates windows by itself; shortcuts need it
    with qtbot.waitSignal(editor.saved, timeout=1000) as blocker:
        qtbot.keyClick(editor.field_widget("substance"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = blocker.args[0]
    stored = run(tasks, lambda cat: cat.find("reference_sample", {"inventory_code": "RS-2025-014"}))
    assert stored["id"] == saved["id"]
    assert (stored["cas_number"], stored["quantity"], stored["unit"]) == ("53-21-4", 100.5, "mg")
    assert stored["status"] == "quarantined" and stored["received_on"] == days(-3)
    assert editor.result() == editor.DialogCode.Accepted


def test_problems_spanning_fields_show_under_the_field_they_concern(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "reference_sample")
    choose(editor, "unit", "mg")
    type_into(qtbot, editor, "quantity", "50")
    type_into(qtbot, editor, "remaining_quantity", "80")
    assert "remaining quantity (80) is more than was received (50)" in editor.field_error("remaining_quantity")
    type_into(qtbot, editor, "purity", "140")
    assert "purity of 140 % is impossible" in editor.field_error("purity")
    type_into(qtbot, editor, "expiry_on", "31/02/2030")
    assert "not a real calendar date" in editor.field_error("expiry_on")


def test_a_stale_version_offers_to_reload_and_keeps_what_was_typed(qtbot, tasks, answer):
    record = run(tasks, lambda cat: cat.add("reference_sample", sample()))
    editor = open_editor(qtbot, tasks, "reference_sample", record)
    type_into(qtbot, editor, "substance", "Cocaine HCl (batch 2)")
    # Someone else saves first.
    run(tasks, lambda cat: cat.update("reference_sample", record["id"], {"storage_location": "Safe 3"}))

    seen = answer(QMessageBox.StandardButton.Ok)  # "Reload, keep my changes"
    editor.save()
    assert len(seen) == 1 and "changed by amina" in seen[0]
    assert editor.isVisible()  # not saved, not closed
    assert editor.field_widget("substance").text() == "Cocaine HCl (batch 2)"  # typed value kept
    assert editor.field_widget("storage_location").text() == "Safe 3"  # their change shown
    assert editor.version == 2

    with qtbot.waitSignal(editor.saved):
        editor.save()
    stored = run(tasks, lambda cat: cat.get("reference_sample", record["id"]))
    assert (stored["substance"], stored["storage_location"], stored["version"]) == (
        "Cocaine HCl (batch 2)", "Safe 3", 3)


def test_keep_editing_after_a_conflict_loses_nothing(qtbot, tasks, answer):
    record = run(tasks, lambda cat: cat.add("reference_sample", sample()))
    editor = open_editor(qtbot, tasks, "reference_sample", record)
    type_into(qtbot, editor, "lot", "L-9999")
    run(tasks, lambda cat: cat.update("reference_sample", record["id"], {"notes": "moved"}))
    answer(QMessageBox.StandardButton.Cancel)
    editor.save()
    assert editor.field_widget("lot").text() == "L-9999" and editor.version == 1
    assert run(tasks, lambda cat: cat.get("reference_sample", record["id"]))["lot"] == "L-4471"


def accounts(tmp_path):
    with Catalogue.open(tmp_path, user="amina") as cat:
        cat.add_user("amina", "Amina Diallo", "administrator")
        cat.add_user("ana", "Ana Analyst", "analyst")
        cat.add_user("quinn", "Quinn Quality", "quality_manager")
        in_use = cat.add("reference_sample", sample())
        expired = cat.add("reference_sample", sample(inventory_code="RS-OLD", status="expired",
                                                     expiry_on=days(-1), opened_on=days(-150)))
    return in_use, expired


def test_status_offers_only_allowed_changes_and_disposal_only_to_a_quality_manager(qtbot, tmp_path):
    in_use, expired = accounts(tmp_path)
    analyst = make_tasks(tmp_path, "ana")
    editor = open_editor(qtbot, analyst, "reference_sample", in_use)
    assert offered(editor, "status") == ["quarantined", "in_use", "expired", "consumed"]
    editor.reject()
    editor = open_editor(qtbot, analyst, "reference_sample", expired)
    assert offered(editor, "status") == ["quarantined", "expired"]
    analyst.shutdown()

    manager = make_tasks(tmp_path, "quinn")
    editor = open_editor(qtbot, manager, "reference_sample", expired)
    assert offered(editor, "status") == ["quarantined", "expired", "disposed"]
    choose(editor, "status", "disposed")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert run(manager, lambda cat: cat.get("reference_sample", expired["id"]))["status"] == "disposed"
    manager.shutdown()


def test_a_refused_save_keeps_the_form_and_says_why(qtbot, tasks, answer):
    run(tasks, lambda cat: cat.add("reference_sample", sample()))
    editor = open_editor(qtbot, tasks, "reference_sample", {**sample(), "inventory_code": "RS-2025-001"})
    with qtbot.assertNotEmitted(editor.saved):
        editor.save()  # a duplicate whose natural key was not changed: the store refuses it
    assert "already exists" in editor.field_error("inventory_code")
    assert editor.isVisible() and not editor.save_button.isEnabled()
    type_into(qtbot, editor, "inventory_code", "RS-2025-002")
    assert editor.field_error("inventory_code") == "" and editor.save_button.isEnabled()


def test_escape_asks_before_losing_changes(qtbot, tasks, answer):
    editor = open_editor(qtbot, tasks, "reference_sample")
    seen = answer(QMessageBox.StandardButton.Cancel)
    editor.reject()  # nothing typed: closes without asking
    assert seen == [] and not editor.isVisible()

    editor = open_editor(qtbot, tasks, "reference_sample")
    type_into(qtbot, editor, "substance", "Heroin base")
    activate(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(seen) == 1 and editor.isVisible()  # "Keep editing"
    assert editor.field_widget("substance").text() == "Heroin base"
    answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_certificate_attached_to_a_stored_record_and_opened(qtbot, tasks, tmp_path, monkeypatch):
    record = run(tasks, lambda cat: cat.add("reference_sample", sample()))
    editor = open_editor(qtbot, tasks, "reference_sample", record)
    pdf = tmp_path / "CoA RS-2025-001.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% certificate of analysis\n")
    panel = editor.panels["certificate"]
    with qtbot.waitSignal(editor.saved):
        panel.attach(str(pdf))
    stored = run(tasks, lambda cat: cat.get("reference_sample", record["id"]))
    assert stored["certificate"] and stored["version"] == 2 and editor.version == 2
    assert "CoA RS-2025-001.pdf" in panel.status.text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.open_button.click()
    assert opened and opened[0].toLocalFile().endswith(stored["certificate"])
    assert isinstance(opened[0], QUrl)


def test_certificate_of_a_new_record_is_kept_when_it_is_saved(qtbot, tasks, tmp_path):
    editor = open_editor(qtbot, tasks, "reference_sample")
    pdf = tmp_path / "coa.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    editor.panels["certificate"].attach(str(pdf))
    type_into(qtbot, editor, "inventory_code", "RS-NEW")
    type_into(qtbot, editor, "substance", "MDMA hydrochloride")
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    assert len(blocker.args[0]["certificate"]) == 64


def test_usage_log_is_shown_read_only(qtbot, tasks):
    record = run(tasks, lambda cat: cat.add("reference_sample", sample()))
    run(tasks, lambda cat: custody.withdraw(cat, record["id"], 5, "mg", case_number="CR/2025/17"))
    record = run(tasks, lambda cat: cat.get("reference_sample", record["id"]))
    editor = open_editor(qtbot, tasks, "reference_sample", record)
    table = editor.extras.log_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2, 3)] == ["1", "5 mg", "75 mg"]
    assert "CR/2025/17" in table.item(0, 5).text()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert editor.extras.withdraw_button.isEnabled()
    type_into(qtbot, editor, "notes", "x")
    assert not editor.extras.withdraw_button.isEnabled()  # unsaved changes first


# --- training -----------------------------------------------------------------------------------

def test_a_proficiency_test_derives_its_outcome(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "training_record")
    type_into(qtbot, editor, "staff_member", "Adwoa Mensah")
    type_into(qtbot, editor, "competence_area", "Cocaine purity by GC-FID")
    choose(editor, "activity_type", "proficiency_test")
    type_into(qtbot, editor, "started_on", days(-10))
    type_into(qtbot, editor, "z_score", "2.4")   # "2,4" is refused in an English view (issue 22)
    assert "needs its scheme" in editor.field_error("pt_scheme")
    type_into(qtbot, editor, "pt_scheme", "UNODC ICE")
    type_into(qtbot, editor, "pt_round", "2025/1")
    assert "Questionable" in editor.field_widget("outcome").currentText()
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    assert blocker.args[0]["outcome"] == "questionable"

    # A contradicting outcome is refused under the outcome field.
    editor = open_editor(qtbot, tasks, "training_record", blocker.args[0])
    choose(editor, "outcome", "satisfactory")
    assert "z-score of 2.4 is questionable" in editor.field_error("outcome")
    assert not editor.save_button.isEnabled()


def test_proficiency_fields_are_only_for_proficiency_tests(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "training_record")
    choose(editor, "activity_type", "course")
    assert not editor.field_widget("z_score").isEnabled()
    choose(editor, "activity_type", "proficiency_test")
    assert editor.field_widget("z_score").isEnabled()


def test_training_history_and_competence_overview_of_the_staff_member(qtbot, tasks):
    run(tasks, lambda cat: cat.add("training_record", training()))
    run(tasks, lambda cat: cat.add("training_record", training(
        competence_area="Cocaine purity by GC-FID", started_on=days(-400), ended_on=days(-399),
        requalification_due=days(10))))
    run(tasks, lambda cat: cat.add("training_record", training(staff_member="Someone Else")))
    editor = open_editor(qtbot, tasks, "training_record")
    type_into(qtbot, editor, "staff_member", "Adwoa Mensah")
    qtbot.waitUntil(lambda: editor.extras.history.rowCount() == 2, timeout=3000)
    assert editor.extras.history_title.text() == "History of Adwoa Mensah"
    overview = editor.extras.overview
    rows = {overview.item(r, 0).text(): r for r in range(overview.rowCount())}
    due_row = rows["Cocaine purity by GC-FID"]
    assert overview.item(due_row, 2).text() == days(10)
    assert overview.item(due_row, 0).background().color().alpha() > 0  # highlighted: due within 30 days
    assert overview.item(rows["GC-MS impurity profiling of ATS"], 0).background().style() == Qt.BrushStyle.NoBrush


def test_only_a_quality_manager_records_an_authorisation(qtbot, tmp_path):
    accounts(tmp_path)
    analyst = make_tasks(tmp_path, "ana")
    editor = open_editor(qtbot, analyst, "training_record", training())
    type_into(qtbot, editor, "authorised_by", "Dr Owusu")
    assert "only a quality manager may authorise" in editor.field_error("authorised_by").lower()
    assert not editor.save_button.isEnabled()
    analyst.shutdown()


# --- profiling results ----------------------------------------------------------------------

def test_profiling_peaks_table_round_trips(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "profiling_result")
    type_into(qtbot, editor, "lab_sample_number", "LS-2025-0042")
    choose(editor, "drug_type", "amphetamine")
    peaks = editor.inputs["peaks"]
    editor.extras.load_button.click()
    targets = json.loads(resource_path("targets", "amphetamine.json").read_text())["targets"]
    assert peaks.names() == targets
    peaks.table.item(0, 1).setText("1.25")   # 1-phenyl-2-propanone ("1,25" is refused in an English view)
    peaks.table.item(2, 1).setText("8.4")    # N-formylamphetamine
    peaks.add_row("caffeine", "12")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    expected = {targets[0]: 1.25, targets[2]: 8.4, "caffeine": 12.0}
    assert blocker.args[0]["peaks"] == expected

    reopened = open_editor(qtbot, tasks, "profiling_result", blocker.args[0])
    assert reopened.inputs["peaks"].raw() == {k: f"{v:g}" for k, v in expected.items()}
    assert not reopened.is_dirty()


def test_peak_table_problems(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "profiling_result")
    peaks = editor.inputs["peaks"]
    peaks.add_row("DPIA", "abc")
    assert "peak area of DPIA" in editor.field_error("peaks")
    peaks.table.item(0, 1).setText("3")
    peaks.add_row("DPIA", "4")
    assert "appears twice" in editor.field_error("peaks")


def test_tablet_section_only_for_tablets(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "profiling_result", profile(form="powder"))
    logo = editor.field_widget("logo")
    assert not logo.isVisible()
    choose(editor, "form", "tablet")
    assert logo.isVisible()
    type_into(qtbot, editor, "logo", "Tesla")
    choose(editor, "form", "powder")
    assert logo.isVisible()  # kept visible while it holds values, with the problem shown
    assert "form is not tablet" in editor.field_error("form")


# --- every form -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(RECORD_TYPES))
def test_the_form_shows_every_field_with_an_accessible_name(qtbot, tasks, kind):
    editor = open_editor(qtbot, tasks, kind)
    rt = RECORD_TYPES[kind]
    assert set(editor.inputs) | (PANEL_FIELDS & set(rt.field_names)) == set(rt.field_names)
    for name, inp in editor.inputs.items():
        assert inp.focus.accessibleName() == rt.field(name).label
    required = [f.name for f in rt.fields if f.required and not f.type.flag]
    assert all(editor.labels[n].text().endswith("*") for n in required)


def test_tab_order_follows_the_form(qtbot, tasks):
    editor = open_editor(qtbot, tasks, "reference_sample")
    first = editor.field_widget("inventory_code")
    assert first.nextInFocusChain() is editor.field_widget("substance")
    assert editor.field_widget("substance").nextInFocusChain() is editor.field_widget("cas_number")


def test_the_form_works_with_the_real_worker_thread(qtbot, tmp_path):
    tasks = Tasks(lambda: Catalogue.open(tmp_path, user="amina"))  # not synchronous: results come by signal
    try:
        editor = open_editor(qtbot, tasks, "reference_sample")
        qtbot.waitUntil(lambda: editor.actor is not None, timeout=5000)
        type_into(qtbot, editor, "inventory_code", "RS-THREAD")
        type_into(qtbot, editor, "substance", "Heroin base")
        with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
            editor.save()
        record = blocker.args[0]
        editor = open_editor(qtbot, tasks, "reference_sample", {"id": record["id"]})  # a partial record
        qtbot.waitUntil(lambda: editor.version == 1, timeout=5000)
        assert editor.field_widget("substance").text() == "Heroin base" and not editor.is_dirty()
    finally:
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
        tasks.shutdown()


def test_a_certificate_dropped_on_the_form_is_attached(qtbot, tasks, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    record = run(tasks, lambda cat: cat.add("reference_sample", sample()))
    editor = open_editor(qtbot, tasks, "reference_sample", record)
    scan = tmp_path / "certificate.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    assert editor.panels["certificate"].accepts(mime)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(editor.saved):
        editor.dropEvent(event)
    assert run(tasks, lambda cat: cat.get("reference_sample", record["id"]))["certificate"]
