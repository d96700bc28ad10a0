"""Who is working: sign-in, switching user, roles shown and enforced."""

import pytest
from PySide6.QtCore import Qt

from factories import staffed_catalogue
from windows import open_window


@pytest.fixture
def staffed(tmp_path):
    return staffed_catalogue(tmp_path / "lab")


def test_a_catalogue_with_accounts_asks_who_is_working(qtbot, staffed, tmp_path):
    window = open_window(qtbot, staffed, tmp_path, user="ana")
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.username() == "ana"  # the name given on the command line is chosen already
    assert not window.session.ready
    assert window.user_label.text() == "Nobody signed in"
    assert not window.new_action.isEnabled()

    dialog.password.setText("not-it")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The user name or password is wrong. Check both and try again."
    assert dialog.password.text() == ""
    assert not window.session.ready

    qtbot.keyClicks(dialog.password, "ana-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.session.ready and window.session.role == "analyst"
    assert window.user_label.text() == "Signed in as Ana Analyst (Analyst)"
    window.show_section("reference-samples")
    assert window.new_action.isEnabled()
    # The catalogue itself now acts for her.
    out = []
    window.tasks.run(lambda cat: cat.actor.username, out.append)
    assert out == ["ana"]
    window.close()


def test_quitting_the_sign_in_closes_the_window(qtbot, staffed, tmp_path):
    window = open_window(qtbot, staffed, tmp_path, user="ana")
    window.login_dialog.reject()
    assert not window.isVisible()


def test_switch_user(qtbot, staffed, tmp_path):
    window = open_window(qtbot, staffed, tmp_path, user="ana")
    window.login_dialog.password.setText("ana-pass")
    window.login_dialog.attempt()
    assert window.switch_user_action.isEnabled()
    assert window.switch_user_action.shortcut().toString() == "Ctrl+Shift+U"
    window.switch_user_action.trigger()
    dialog = window.login_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Switch user"
    dialog.reject()  # cancelling a switch keeps the person who was working
    assert window.isVisible() and window.session.username == "ana"

    window.switch_user_action.trigger()
    dialog = window.login_dialog
    dialog.users.setCurrentRow([dialog.users.item(r).data(Qt.ItemDataRole.UserRole)
                                for r in range(dialog.users.count())].index("qm"))
    dialog.password.setText("qm-passwd")
    dialog.attempt()
    assert window.user_label.text() == "Signed in as Kwame Mensah (Quality manager)"
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    qtbot.waitUntil(lambda: page.model.is_loaded(0))   # the page's first rows are in
    page.table.selectRow(0)
    assert page.actions["dispose"].isEnabled()
    window.close()


def test_settings_are_read_only_for_non_administrators(qtbot, staffed, tmp_path):
    window = open_window(qtbot, staffed, tmp_path, user="ana")
    window.login_dialog.password.setText("ana-pass")
    window.login_dialog.attempt()
    window.show_section("settings")
    settings = window.settings_page
    assert not settings.accounts.add_button.isEnabled()
    assert settings.accounts.add_button.toolTip() == "Only an administrator may manage user accounts."
    assert settings.verify_button.isEnabled() and settings.backup_button.isEnabled()
    assert settings.accounts.table.rowCount() == 3
    window.close()


def test_an_administrator_adds_a_user(qtbot, staffed, tmp_path):
    window = open_window(qtbot, staffed, tmp_path, user="admin")
    window.login_dialog.password.setText("admin-pass")
    window.login_dialog.attempt()
    window.show_section("settings")
    settings = window.settings_page
    assert settings.accounts.add_button.isEnabled()
    settings.accounts.add_user()
    dialog = settings.accounts._dialog
    dialog.username.setText("kofi")
    dialog.full_name.setText("Kofi Boateng")
    dialog.password.setText("long-enough")
    dialog.again.setText("different")
    dialog.attempt()
    assert dialog.message.text() == "The two passwords differ; type the same password twice."
    dialog.again.setText("long-enough")
    dialog.attempt()
    assert settings.accounts.table.rowCount() == 4
    window.close()


def test_without_accounts_nobody_is_asked_and_settings_say_how_to_create_them(qtbot, tmp_path):
    path = tmp_path / "owner" / "catalogue.db"
    window = open_window(qtbot, path, tmp_path, user="amina")
    assert window.login_dialog is None
    assert window.session.ready
    assert window.user_label.text() == "Working as amina (no user accounts: full rights)"
    assert not window.switch_user_action.isEnabled()
    window.show_section("settings")
    note = window.settings_page.accounts.note.text()
    assert "no user accounts" in note and "first administrator" in note
    assert window.settings_page.accounts.add_button.text() == "Create the first administrator…"
    window.close()
