"""docs/bundle-format.md says what the code does: its figures are read from the text and compared with the code.

A limit or a key id named in the document and changed in the code (or the other way round) fails here, so the two
cannot drift apart again (issue 16: §9 said 16/64 MiB while every hub.toml said 32/256 MiB).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from labnet.hub.service import HubSettings
from labnet.protocol import canonical
from labnet.protocol.opening import Limits
from labnet.sync.outbox import Outbox
from labnet.sync.sticks import export_to

DOC = (Path(__file__).parents[1] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
VECTORS = Path(__file__).parent / "vectors"
MiB = 1024 * 1024


def _section(number: str) -> str:
    match = re.search(rf"^## {re.escape(number)}\. .*?(?=^## )", DOC + "\n## ", re.DOTALL | re.MULTILINE)
    assert match, f"§{number} is missing"
    return match.group(0)


def _size_limits_step() -> str:
    [line] = [line for line in _section("9").splitlines() if "**Size limits**" in line]
    return line


def _figure(text: str, pattern: str) -> int:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not found in: {text}"
    return int(match.group(1).replace(",", "").replace(" ", ""))


def test_section_9_states_the_hub_defaults_of_hub_toml():
    step = _size_limits_step()
    shipped = tomllib.loads(HubSettings().to_toml())    # the hub.toml `labnet-hub init` writes
    assert _figure(step, r"\*\*file (\d+) MiB\*\* \(`max_upload_bytes`\)") * MiB == shipped["max_upload_bytes"]
    assert _figure(step, r"\*\*payload (\d+) MiB\*\* \(`max_payload_bytes`\)") * MiB == shipped["max_payload_bytes"]
    assert _figure(step, r"\*\*([\d,]+) records\*\*") == Limits().max_records


def test_section_9_states_what_a_laboratory_writes_and_a_default_hub_opens_it():
    step = _size_limits_step()
    assert _figure(step, r"writes files of at most (\d+) MiB") * MiB == Limits().max_part_bytes
    assert _figure(step, r"payloads of at most (\d+) MiB") * MiB == Limits().max_payload_bytes
    hub = HubSettings()
    assert Limits().max_part_bytes <= hub.max_upload_bytes and Limits().max_payload_bytes <= hub.max_payload_bytes


def test_the_header_bound_of_section_3_is_the_openers():
    bound = _figure(_section("3"), r"header length H, 1 … ([\d ]+) \|")
    assert bound == Limits().max_header_bytes


def test_the_part_size_of_section_8_is_the_writers_default():
    cap = _figure(_section("8"), r"LabNet: (\d+) MiB by default") * MiB
    assert cap == export_to.__kwdefaults__["max_part_bytes"] == Outbox.export.__kwdefaults__["max_part_bytes"]


def test_the_integer_range_of_section_2_is_the_codes():
    assert "2**53 − 1" in _section("2") or "2⁵³ − 1" in _section("2")
    assert canonical.MAX_INTEGER == 2**53 - 1


def _table_fields(section: str) -> set[str]:
    """The field names in the first column of a section's first table (`a`, `b` → a, b)."""
    rows = [line for line in _section(section).splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([a-z_]+)`", row.split("|")[1])}


def test_the_identity_document_fields_of_section_12_are_the_documents():
    identities = json.loads((VECTORS / "identity-v1.json").read_text(encoding="utf-8"))
    rotated = json.loads(identities["rotation"]["document"])
    assert _table_fields("12") == set(rotated) == set(json.loads(identities["lab"]["document"])) | {"endorsement"}


def test_the_bulletin_fields_of_section_13_are_the_bulletins():
    bulletins = json.loads((VECTORS / "bulletin-v1.json").read_text(encoding="utf-8"))
    for item in bulletins["bulletins"]:
        assert _table_fields("13") == set(json.loads(item["document"])["bulletin"])


def test_every_vector_file_is_described_in_section_11():
    described = set(re.findall(r"^- `([a-z0-9-]+\.json)`", _section("11"), re.MULTILINE))
    assert described == {p.name for p in VECTORS.glob("*.json")}
