"""Reference-sample exchange and sample submission through a real hub process (issue 21): laboratories enrolled
with ``labnet init``/``enrol``, every step through ``labnet exchange …``, the hub's refusals (a step out of order,
a laboratory not party to the exchange), every way an exchange ends, and what leaves the laboratory (the bytes
sent, under the default sharing policy)."""

from __future__ import annotations

import hashlib
import json

import pytest
import requests

from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue import attachments
from labnet.catalogue.custody import usage_log
from labnet.catalogue.store import Catalogue
from labnet.protocol.keyfile import load_identity
from labnet.sync import exchange
from labnet.sync.client import HubClient
from labnet.sync.state import load_state

pytestmark = pytest.mark.slow  # a hub process and three or four laboratories

SECRET_LOT, SECRET_PLACE = "LOT-7731-SECRET", "Freezer 3, shelf B (secret)"


def lab(tmp_path, hub, name, capsys):
    folder = tmp_path / name
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name)]) == 0
    capsys.readouterr()
    return folder


def run(folder, capsys, *args):
    status = cli.main(["--data-dir", str(folder), "exchange", *args])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def exchange_id(said: str) -> str:
    return said.split()[0]


def add_standard(folder, code, substance="cocaine", **more):
    with Catalogue.open(folder) as cat:
        return cat.add("reference_sample", {
            "inventory_code": code, "substance": substance, "salt_form": "hydrochloride", "lot": SECRET_LOT,
            "storage_location": SECRET_PLACE, "purity": 99.1, "purity_unit": "%", "received_on": "2026-01-10",
            "expiry_on": "2030-06-30", "quantity": 100, "remaining_quantity": 100, "unit": "mg", "status": "in_use",
            "shareable": True, **more})


class Recorder(requests.Session):
    """The laboratory's own HTTP session, keeping each request body it sends (the bytes that leave)."""

    def __init__(self):
        super().__init__()
        self.sent: list[bytes] = []

    def request(self, method, url, *args, **kwargs):
        body = kwargs.get("data") or (json.dumps(kwargs["json"]).encode() if kwargs.get("json") else b"")
        self.sent.append(body if isinstance(body, bytes) else str(body).encode())
        return super().request(method, url, *args, **kwargs)


def session(folder) -> exchange.Session:
    client = HubClient(load_state(folder)["hub_url"])
    client.http = Recorder()
    return exchange.Session.open(folder, load_identity(folder, LAB_PASSPHRASE), client)


@pytest.fixture
def labs(hub, tmp_path, monkeypatch, capsys):  # noqa: F811
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    return {name: lab(tmp_path, hub, name, capsys) for name in ("lab-a", "lab-b", "lab-c", "lab-d")}


def test_a_standard_asked_for_accepted_dispatched_and_received(hub, labs, capsys):  # noqa: F811
    a, b, c, d = (labs[n] for n in ("lab-a", "lab-b", "lab-c", "lab-d"))
    add_standard(a, "RS-1")
    add_standard(b, "RS-B")
    add_standard(b, "RS-HER", substance="heroin")

    # the offer: what leaves is the sharing policy's choice; the default keeps the lot and the place here
    mine = session(a)
    with Catalogue.open(a) as cat:
        offer = exchange.offer_standard(cat, a, mine.identity, "RS-1", amount="20", unit="mg", session=mine)
    sent = b"".join(mine.client.http.sent)
    assert b"cocaine" in sent and b"hydrochloride" in sent
    assert SECRET_LOT.encode() not in sent and b"secret" not in sent and b"RS-1" not in sent
    assert run(b, capsys, "offer", "RS-B", "--amount", "5", "--unit", "mg")[0] == 0
    status, said = run(c, capsys, "offers", "--json")
    assert status == 0
    offers = {o["offer"]: o for o in json.loads(said)}
    record = offers[offer["offer"]]["record"]
    assert (record["substance"], record["salt_form"], offers[offer["offer"]]["amount"]) == ("cocaine",
                                                                                           "hydrochloride", 20.0)
    assert "lot" not in record and "storage_location" not in record and record["inventory_code"].startswith("ps:")

    # nobody offers morphine; cocaine goes to the two laboratories offering it, each told by a bulletin
    status, said = run(c, capsys, "request", "morphine", "--amount", "5", "--unit", "mg")
    assert status == 2 and "exchange-no-offer" in said
    status, said = run(c, capsys, "request", "cocaine", "--amount", "5", "--unit", "mg", "--purpose",
                       "method validation", "--needed-by", "2027-01-15")
    assert status == 0 and ": requested" in said, said
    ex = exchange_id(said)
    for folder in (a, b):
        assert cli.main(["--data-dir", str(folder), "sync"]) == 0
        capsys.readouterr()
        assert cli.main(["--data-dir", str(folder), "bulletins", "--json"]) == 0
        news = [x for x in json.loads(capsys.readouterr().out) if x["kind"] == "exchange"]
        assert len(news) == 1, news
        assert cli.main(["--data-dir", str(folder), "bulletins"]) == 0
        assert f"exchange {ex} (cocaine): request by lab-c, now requested" in capsys.readouterr().out

    # a laboratory not party to it sees nothing of it and cannot take a step
    outsider = session(d)
    with pytest.raises(exchange.RefusedExchange) as refused:
        outsider.get(f"/v1/exchange/{ex}")
    assert refused.value.code == "exchange-not-party"
    with pytest.raises(exchange.RefusedExchange) as refused:
        outsider.send("accept", ex, {})
    assert refused.value.code == "exchange-not-party"
    # a step out of order, sent anyway past the laboratory's own check: the hub refuses it
    requester = session(c)
    with pytest.raises(exchange.RefusedExchange) as refused:
        requester.send("receive", ex, {"custody": {"by": "Ama", "at": "2026-12-05T10:00:00Z"}})
    assert refused.value.code == "exchange-transition-refused"
    status, said = run(c, capsys, "receive", ex)     # the laboratory's own check says the same first
    assert status == 2 and "exchange-transition-refused" in said

    assert run(b, capsys, "decline", ex, "--note", "none to spare")[0] == 0
    status, said = run(a, capsys, "accept", ex)
    assert status == 0 and ": accepted" in said
    status, said = run(b, capsys, "accept", ex)      # b declined, and a accepted: b is no longer party to it
    assert status == 2 and "exchange-not-party" in said

    status, said = run(a, capsys, "dispatch", ex, "--sample", "RS-1", "--courier", "DHL-7781", "--condition",
                       "sealed, 4 °C", "--by", "Kofi Mensah")
    assert status == 0 and ": dispatched" in said, said
    with Catalogue.open(a) as cat:
        standard = cat.find("reference_sample", {"inventory_code": "RS-1"})
        assert standard["remaining_quantity"] == 95.0     # 5 mg, as asked, withdrawn from the stock
        assert usage_log(cat, standard["id"])[-1]["purpose"] == f"dispatched in exchange {ex}"
    status, said = run(c, capsys, "receive", ex, "--code", "RS-NET-1", "--condition", "intact, cold")
    assert status == 0 and ": received" in said, said
    with Catalogue.open(c) as cat:
        got = cat.find("reference_sample", {"inventory_code": "RS-NET-1"})
        assert (got["substance"], got["salt_form"], got["purity"], got["quantity"], got["unit"], got["status"]) == (
            "cocaine", "hydrochloride", 99.1, 5.0, "mg", "quarantined")
        assert got["lot"] is None and got["storage_location"] is None and got["certificate"] is None
        assert "lab-a" in got["notes"] and ex in got["notes"]
        trail = [e["action"] for e in cat.audit_entries()]
    assert {"exchange-request", "exchange-receive"} <= set(trail)

    # both sides keep both custody entries (the other side's learned from the hub)
    for folder in (a, c):
        status, said = run(folder, capsys, "show", ex)
        assert status == 0, said
        assert "dispatch by Kofi Mensah" in said and "courier: DHL-7781" in said and "condition: intact, cold" in said
    status, said = run(c, capsys, "dispatch", ex)    # it has ended
    assert status == 2 and "exchange-transition-refused" in said
    # a laboratory the request was routed to sees its steps, not what they carried (custody, the record)
    seen_by_b = session(b).get(f"/v1/exchange/{ex}")
    assert [x["action"] for x in seen_by_b["steps"]] == ["request", "decline", "accept", "dispatch", "receive"]
    assert all("content" not in x for x in seen_by_b["steps"])
    assert "content" in session(c).get(f"/v1/exchange/{ex}")["steps"][3]


def _lab_id(folder) -> str:
    return load_identity(folder, LAB_PASSPHRASE).identity_id


def test_cancelled_declined_lost_and_refused_each_end_the_exchange(hub, labs, capsys):  # noqa: F811
    a, b, c = (labs[n] for n in ("lab-a", "lab-b", "lab-c"))
    add_standard(a, "RS-1")
    add_standard(b, "RS-B")
    for folder, code in ((a, "RS-1"), (b, "RS-B")):
        assert run(folder, capsys, "offer", code)[0] == 0

    def ask():
        status, said = run(c, capsys, "request", "Cocaine", "--amount", "1", "--unit", "mg")
        assert status == 0, said
        return exchange_id(said)

    cancelled = ask()
    assert run(c, capsys, "cancel", cancelled, "--note", "bought one")[0] == 0
    status, said = run(a, capsys, "accept", cancelled)
    assert status == 2 and "exchange-transition-refused" in said

    declined = ask()
    assert run(a, capsys, "decline", declined)[0] == 0
    assert run(b, capsys, "decline", declined)[0] == 0

    lost = ask()
    assert run(b, capsys, "accept", lost)[0] == 0
    assert run(b, capsys, "dispatch", lost, "--sample", "RS-B", "--courier", "EMS-1")[0] == 0
    add_standard(c, "RS-C")
    status, said = run(c, capsys, "receive", lost, "--code", "RS-C")   # refused here, before the hub hears of it
    assert status == 2 and "A reference standard RS-C exists already" in said
    assert run(c, capsys, "lost", lost, "--courier", "EMS-1", "--condition", "never delivered")[0] == 0
    status, said = run(c, capsys, "receive", lost)
    assert status == 2 and "exchange-transition-refused" in said

    refused = ask()
    assert run(a, capsys, "accept", refused)[0] == 0
    assert run(a, capsys, "dispatch", refused, "--sample", "RS-1")[0] == 0
    assert run(c, capsys, "refuse", refused, "--condition", "seal broken")[0] == 0

    status, said = run(c, capsys, "requests", "--json")
    assert status == 0
    states = {e["exchange_id"]: e["state"] for e in json.loads(said)}
    assert states == {cancelled: "cancelled", declined: "declined", lost: "lost", refused: "refused"}
    with Catalogue.open(c) as cat:
        assert cat.count("reference_sample") == 1    # nothing received (RS-C is its own)
    with Catalogue.open(a) as cat:   # what left stays withdrawn from the sender's stock, refused or lost
        assert cat.find("reference_sample", {"inventory_code": "RS-1"})["remaining_quantity"] == 99.0
    with Catalogue.open(b) as cat:
        assert cat.find("reference_sample", {"inventory_code": "RS-B"})["remaining_quantity"] == 99.0
    status, said = run(a, capsys, "show", refused)
    assert "refuse by" in said and "seal broken" in said
    hub.stop()   # the hub out of reach: the exchanges as last seen, exit status 3
    status, said = run(c, capsys, "requests")
    assert status == 3 and f"{lost}  reference Cocaine 1 mg: lost" in said


def test_a_shared_certificate_comes_with_the_standard(hub, labs, capsys, tmp_path):  # noqa: F811
    a, c = labs["lab-a"], labs["lab-c"]
    policy = (a / "sharing-policy.toml")
    from labnet.sync.policy import DEFAULT_POLICY_TOML

    policy.write_text(DEFAULT_POLICY_TOML.replace('status = "keep"\n', 'status = "keep"\ncertificate = "keep"\n', 1),
                      encoding="utf-8")
    made = add_standard(a, "RS-1")
    pdf = tmp_path / "certificate-RS-1.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a certificate of analysis\n%%EOF\n")
    with Catalogue.open(a) as cat:
        attachments.attach_certificate(cat, "reference_sample", made["id"], pdf)
    assert run(a, capsys, "offer", "RS-1")[0] == 0
    ex = exchange_id(run(c, capsys, "request", "cocaine", "--amount", "2", "--unit", "mg")[1])
    assert run(a, capsys, "accept", ex)[0] == 0
    assert run(a, capsys, "dispatch", ex, "--sample", "RS-1")[0] == 0
    assert run(c, capsys, "receive", ex, "--code", "RS-NET-7")[0] == 0
    with Catalogue.open(c) as cat:
        got = cat.find("reference_sample", {"inventory_code": "RS-NET-7"})
        digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
        assert got["certificate"] == digest
        assert attachments.open_attachment(cat, digest).read_bytes() == pdf.read_bytes()

    # a receipt the hub recorded but the laboratory did not (stopped between the two): made at the next refresh
    again = exchange_id(run(c, capsys, "request", "cocaine", "--amount", "1", "--unit", "mg")[1])
    assert run(a, capsys, "accept", again)[0] == 0
    assert run(a, capsys, "dispatch", again, "--sample", "RS-1")[0] == 0
    session(c).send("receive", again, {"custody": {"by": "Ama", "at": "2026-12-05T10:00:00Z"}})
    assert run(c, capsys, "requests")[0] == 0
    with Catalogue.open(c) as cat:
        late = cat.find("reference_sample", {"inventory_code": f"EX-{again.split('-')[-1][:8].upper()}"})
    assert late is not None and late["certificate"] == digest and late["quantity"] == 1.0

    # the offer withdrawn: no longer listed, and no request reaches the laboratory any more
    status, said = run(a, capsys, "offers", "--json")
    offer_id = json.loads(said)[0]["offer"]
    assert run(a, capsys, "withdraw", offer_id)[0] == 0
    assert json.loads(run(c, capsys, "offers", "--json")[1]) == []
    status, said = run(c, capsys, "request", "cocaine")
    assert status == 2 and "exchange-no-offer" in said


def test_a_seizure_sample_profiled_by_another_laboratory(hub, labs, capsys):  # noqa: F811
    b, c = labs["lab-b"], labs["lab-c"]
    with Catalogue.open(c) as cat:
        cat.add("profiling_result", {"lab_sample_number": "S-2026-0113", "drug_type": "heroin",
                                     "seizure_reference": "SZ-44", "case_number": "CASE-C-1"})
    status, said = run(c, capsys, "submit-sample", "S-2026-0113", "--purpose", "linkage")
    assert status == 2 and "exchange-no-offer" in said
    assert run(b, capsys, "offer-profiling", "heroin")[0] == 0
    mine = session(c)
    with Catalogue.open(c) as cat:
        ex = exchange.submit_sample(cat, c, mine.identity, "S-2026-0113", purpose="linkage", session=mine)["exchange"]
    sent = b"".join(mine.client.http.sent)
    assert b"heroin" in sent and b"S-2026-0113" not in sent and b"SZ-44" not in sent and b"CASE-C-1" not in sent
    assert run(b, capsys, "accept", ex)[0] == 0
    status, said = run(b, capsys, "dispatch", ex)       # the requester sends the sample, not the performer
    assert status == 2 and "exchange-transition-refused" in said
    assert run(c, capsys, "dispatch", ex, "--courier", "DHL-1")[0] == 0
    assert run(b, capsys, "receive", ex, "--condition", "sealed")[0] == 0
    with Catalogue.open(b) as cat:
        cat.add("profiling_result", {"lab_sample_number": "B-9", "drug_type": "heroin", "main_substance": "heroin",
                                     "purity": 41.5, "peaks": {"noscapine": 0.31, "papaverine": 0.07},
                                     "method": "GC-MS (UNODC 2026)", "analyst": "Dr Quiet", "case_number": "CASE-B",
                                     "analysed_on": "2026-11-30"})
    mine = session(b)
    with Catalogue.open(b) as cat:
        exchange.step(cat, b, mine.identity, ex, "report", profile="B-9", session=mine)
    sent = b"".join(mine.client.http.sent)
    assert b"noscapine" in sent and b"Dr Quiet" not in sent and b"CASE-B" not in sent and b"B-9" not in sent
    status, said = run(c, capsys, "requests")
    assert status == 0 and ": reported" in said
    with Catalogue.open(c) as cat:
        got = cat.find("profiling_result", {"lab_sample_number": "S-2026-0113"})
    assert got["peaks"] == {"noscapine": 0.31, "papaverine": 0.07} and got["purity"] == 41.5
    assert got["case_number"] == "CASE-C-1" and "Profiled by lab-b" in got["notes"] and ex in got["notes"]
