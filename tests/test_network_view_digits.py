"""One digit system in the Arabic Network view (issue 22): the sync's outcome, the retry delay, the bundle being
sent and the pending counts by kind in the view's digits, as its other numbers already were; left-to-right views
get the very text they had.  Against a real hub process, through the view's own Sync now."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

import windows
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from hub_server import network_lab
from labnet import cli
from labnet.desktop import i18n

LATIN_DIGIT = re.compile("[0-9]")
pytestmark = pytest.mark.slow   # a real hub process, ~13 s a test


@pytest.fixture
def lab(tmp_path, monkeypatch, capsys):
    return network_lab(tmp_path, monkeypatch, capsys)


def sync_down_then_up(qtbot, qapp, hub, lab, tmp_path, language):  # noqa: F811
    """The texts the view shows through a sync the hub is down for, then one it takes, in ``language``."""
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    i18n.install(qapp, language)   # conftest puts English back before the next test
    window = windows.open_window(qtbot, lab / "catalogue.db", tmp_path)
    window.show_section("network")
    page = window.network_page
    said = {"pending": page.pending_label.text()}
    hub.kill()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    said["retry"] = page.outcome_label.text()
    page.refresh()
    said["status bar"] = window.network_label.text()
    hub.start()
    page._progressed(1, 2, "bundle")     # what the sync reports as it goes: the second of two bundles,
    page._progressed(3, 5, "records")    # three of five records sent before it, its upload begun
    page._progressed(0, 4096, "upload")
    said["sending"] = page.outcome_label.text()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    said["sent"] = page.outcome_label.text()
    return said


def test_the_arabic_network_view_writes_every_count_in_arabic_digits(qtbot, qapp, hub, lab, tmp_path):  # noqa: F811
    said = sync_down_then_up(qtbot, qapp, hub, lab, tmp_path, "ar")
    latin = {key: text for key, text in said.items() if LATIN_DIGIT.search(text)}
    assert not latin, latin
    assert i18n.locale_digits("3") in said["sent"] and i18n.locale_digits("0") in said["sent"], said["sent"]
    assert i18n.locale_digits("1") in said["retry"], said["retry"]   # "بعد ١ دقيقة"
    assert said["sending"].count(i18n.locale_digits("2")) >= 2, said["sending"]   # bundle ٢ of ٢
    assert said["pending"].count(i18n.locale_digits("3")) == 2, said["pending"]   # ٣ in all, ٣ profiling results


# What the view said in each left-to-right language before issue 22's change (recorded from that code).
BEFORE = {
    'en': {
        'pending': "3 change(s) not yet confirmed by the hub (profiling result: 3).",
        'retry': "The hub cannot be reached now. Nothing is lost: LabNet tries again in 1 min (or press Sync now).",
        'status bar': "Network: West Africa hub cannot be reached; 3 change(s) wait, next try in 1 min",
        'sending': "Sending bundle 2 of 2: 0 of 4 kB (3 of 5 records sent before it).",
        'sent': "Sent: 3 accepted, 0 already at the hub, 0 rejected.",
    },
    'fr': {
        # (but the colon of each pending kind, French's no-break space before it since: test_network_pending_kinds)
        'pending': "3 modification(s) pas encore confirmée(s) par le serveur (résultat de profilage\u00a0: 3).",
        'retry': "Le serveur est injoignable pour le moment. Rien n'est perdu\u00a0: LabNet réessaiera dans 1 min (ou appuyez sur Synchroniser).",
        'status bar': "Réseau\u00a0: West Africa hub injoignable\u00a0; 3 modification(s) en attente, prochain essai dans 1 min",
        'sending': "Envoi du paquet 2 sur 2\u00a0: 0 sur 4 ko (3 fiches sur 5 envoyées avant lui).",
        'sent': "Envoyé\u00a0: 3 acceptées, 0 déjà sur le serveur, 0 rejetées.",
    },
    'es': {
        'pending': "3 cambio(s) aún sin confirmar por el nodo central (resultado de perfil: 3).",
        'retry': "Ahora no se puede acceder al nodo central. No se ha perdido nada: LabNet lo intentará de nuevo en 1 min (o pulse Sincronizar ahora).",
        'status bar': "Red: no se puede acceder a West Africa hub; 3 cambio(s) en espera, próximo intento en 1 min",
        'sending': "Enviando el paquete 2 de 2: 0 de 4 kB (3 de 5 registros enviados antes).",
        'sent': "Enviado: 3 aceptados, 0 ya estaban en el nodo central, 0 rechazados.",
    },
    'ru': {
        'pending': "Изменений, ещё не подтверждённых узлом: 3 (результат профилирования: 3).",
        'retry': "Узел сейчас недоступен. Ничего не потеряно: LabNet повторит попытку через 1 мин (или нажмите «Синхронизировать»).",
        'status bar': "Сеть: узел West Africa hub недоступен; изменений в ожидании: 3, следующая попытка через 1 мин",
        'sending': "Отправка пакета 2 из 2: 0 из 4 КБ (до него отправлено записей: 3 из 5).",
        'sent': "Отправлено: принято — 3, уже на узле — 0, отклонено — 0.",
    },
}


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_a_left_to_right_network_view_says_what_it_said(qtbot, qapp, hub, lab, tmp_path, language):  # noqa: F811
    assert sync_down_then_up(qtbot, qapp, hub, lab, tmp_path, language) == BEFORE[language]
