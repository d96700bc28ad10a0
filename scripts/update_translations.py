"""Refresh the translation files after the source texts change; ``--check`` only reports what is stale.

1. ``desktop/catalogue_texts.py`` lists the words the headless core supplies
   (record types, field labels and help, vocabularies, comparison metrics and
   pretreatments) and the templates of its sentences (``labnet.common.messages.Message``: the
   core's and the ``labnet`` command line's, ``core_sources``), so that ``pyside6-lupdate``,
   which reads only desktop/, finds them; the command line says them through
   ``labnet.cli.language``.
2. ``pyside6-lupdate`` merges every source text into ``translations/labnet_<lang>.ts``
   (existing translations are kept; new texts arrive marked unfinished).
3. ``pyside6-lrelease`` compiles them into ``resources/translations/labnet_<lang>.qm``,
   which ship with the application.

Run: ``.venv/bin/python scripts/update_translations.py``
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from labnet.common.messages import numerus_key  # noqa: E402  (found through the line above)

LANGUAGES = ("fr", "es", "ar", "ru")
PLURALS_ONLY = ("en",)  # the source language needs its plural forms only ("%n compound(s)")
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
TEXTS_MODULE = ROOT / "desktop" / "catalogue_texts.py"


def catalogue_texts() -> list[str]:
    """Every word of the core that the desktop shows, in a stable order, once each."""
    from labnet.catalogue import vocab
    from labnet.catalogue.records import _SAMPLE_DATE_LABELS, RECORD_TYPES
    from labnet.profiling.metrics import METRICS
    from labnet.profiling.pretreat import LABELS as PRETREATMENT_LABELS

    texts: list[str] = []
    for rt in RECORD_TYPES.values():
        texts += [rt.label, rt.plural, *(title for _key, title, _entries in rt.sections)]
        for f in rt.fields:
            texts += [f.label, f.help, *(f.choices or {}).values(), *(f.filter.texts if f.filter else ())]
    for table in (vocab.SAMPLE_STATUSES, vocab.SCHEDULES, vocab.SALT_FORMS, vocab.TRAINING_ACTIVITIES,
                  vocab.TRAINING_OUTCOMES, vocab.DRUG_TYPES, vocab.DRUG_FORMS, vocab.SCORE_LINES, vocab.ROLES):
        texts += [v for v in table.values() if isinstance(v, str)]
    texts += list(_SAMPLE_DATE_LABELS.values())   # put into sentences by the date-order rule
    texts += [m.label for m in METRICS.values()]
    texts += list(PRETREATMENT_LABELS.values())
    return list(dict.fromkeys(t for t in texts if t))


def message_templates() -> list[str]:
    """The templates of every ``Message("…", …)`` the core writes, found in the source."""
    return _core_messages()[0]


def plural_messages() -> list[tuple[str, str]]:
    """(singular, plural) English templates of every ``Message.plural`` the core writes, found in the source."""
    return _core_messages()[1]


def _literals(args: list, count: int) -> list[str] | None:
    texts = [a.value for a in args[:count] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return texts if len(texts) == count else None


def core_sources() -> list[Path]:
    """The Qt-free modules whose sentences lab staff read: the catalogue's, profiling's, the protocol both sides
    share, sync's laboratory side, and the ``labnet`` command line with the modules it runs (labnet/*.py).  Not
    hub/: the hub's refusals go over HTTP to every laboratory, and ``labnet-hub`` is run by its administrator,
    both in English by design."""
    return sorted([*(ROOT / "catalogue").rglob("*.py"), *(ROOT / "common").glob("*.py"),
                   *(ROOT / "profiling").glob("*.py"), *(ROOT / "protocol").glob("*.py"),
                   *(ROOT / "sync").glob("*.py"), *(ROOT / "labnet" / "cli").glob("*.py"),
                   *(ROOT / "labnet").glob("*.py")])


def _starred_table(tree: ast.Module, call: ast.Call) -> list[tuple[str, str]] | None:
    """For ``Message.plural(*NAME[…], n)``: the (singular, plural) pairs of the module's literal table NAME."""
    if not (call.args and isinstance(call.args[0], ast.Starred) and isinstance(call.args[0].value, ast.Subscript)
            and isinstance(call.args[0].value.value, ast.Name)):
        return None
    name = call.args[0].value.value.id
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and isinstance(node.value, ast.Dict):
                pairs = [_literals(v.elts, 2) if isinstance(v, ast.Tuple) else None for v in node.value.values]
                if all(p is not None for p in pairs):
                    return [(p[0], p[1]) for p in pairs if p is not None]
    raise SystemExit(f"{name}: a table of Message.plural templates must be a literal dict of (singular, plural)")


def _core_messages() -> tuple[list[str], list[tuple[str, str]]]:
    found: list[str] = []
    plurals: list[tuple[str, str]] = []
    for path in core_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "plural"
                    and getattr(node.func.value, "id", None) == "Message"):
                table = _starred_table(tree, node)
                if table is not None:   # Message.plural(*COUNTS[key], n): every pair of the module's table
                    plurals += table
                    continue
                forms = _literals(node.args, 2)
                if forms is None:
                    raise SystemExit(f"{path}:{node.lineno}: a Message.plural's two templates must be literals")
                plurals.append((forms[0], forms[1]))
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args:
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    if path.name == "errors.py":
                        continue  # the class itself, rebuilding a message from its template
                    raise SystemExit(f"{path}:{node.lineno}: a Message template must be a literal")
                found.append(first.value)
    return list(dict.fromkeys(found)), list(dict.fromkeys(plurals))


def texts_module() -> str:
    lines = ['"""The words of the headless core that the desktop shows, listed for the translators.',
             "",
             "Generated by scripts/update_translations.py from catalogue/ and profiling/; do not edit.",
             "At run time they are translated by ``labnet.desktop.i18n.catalogue_text``.",
             '"""',
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
             "",
             "TEXTS = ("]
    lines += [f"    QT_TRANSLATE_NOOP({'Catalogue'!r}, {text!r})," for text in catalogue_texts()]
    lines += [")", "", "# The core's sentences (labnet.catalogue.errors.Message templates), said by labnet.desktop.i18n.say.",
              "MESSAGES = ("]
    lines += [f"    QT_TRANSLATE_NOOP({'Catalogue messages'!r}, {text!r})," for text in message_templates()]
    lines += [")", "", "",
              "def _plurals():",
              "    # The core's sentences that say a count (Message.plural), said by labnet.desktop.i18n.say; never called:",
              "    # lupdate lists a text as plural only from a call with a literal count and a disambiguation.",
              "    return ("]
    for forms in plural_messages():
        source, note = numerus_key(forms)
        lines.append(f"        QCoreApplication.translate({'Catalogue messages'!r}, {source!r}, {note!r}, 1),")
    lines += ["    )", ""]
    return "\n".join(lines)


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if p.name != "screenshots.py")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def refresh(ts_dir: Path, qm_dir: Path, texts_path: Path) -> None:
    texts_path.write_text(texts_module(), encoding="utf-8")
    files = [str(p) for p in sources() if p != TEXTS_MODULE] + [str(texts_path)]
    for lang in LANGUAGES + PLURALS_ONLY:
        ts = ts_dir / f"labnet_{lang}.ts"
        only = ["-pluralonly"] if lang in PLURALS_ONLY else []
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", *only,
                        "-target-language", lang, "-ts", str(ts)], check=True, capture_output=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm_dir / f"labnet_{lang}.qm")],
                       check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if any file is stale")
    args = parser.parse_args()
    if not args.check:
        refresh(TS_DIR, QM_DIR, TEXTS_MODULE)
        return 0
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        for lang in LANGUAGES + PLURALS_ONLY:
            if (TS_DIR / f"labnet_{lang}.ts").exists():
                shutil.copy(TS_DIR / f"labnet_{lang}.ts", work / f"labnet_{lang}.ts")
        refresh(work, work, work / TEXTS_MODULE.name)
        stale = [str(TEXTS_MODULE.relative_to(ROOT))] if not filecmp.cmp(work / TEXTS_MODULE.name, TEXTS_MODULE,
                                                                          shallow=False) else []
        for lang in LANGUAGES + PLURALS_ONLY:
            for made, kept in ((work / f"labnet_{lang}.ts", TS_DIR / f"labnet_{lang}.ts"),
                               (work / f"labnet_{lang}.qm", QM_DIR / f"labnet_{lang}.qm")):
                if not kept.exists() or not filecmp.cmp(made, kept, shallow=False):
                    stale.append(str(kept.relative_to(ROOT)))
    for path in stale:
        print(f"stale: {path} (run scripts/update_translations.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
