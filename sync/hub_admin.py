"""The hub's administration API, from the administrator's side (the desktop's hub console uses it).

An administrator signs in with a name and password (``HubAdmin.sign_in``) and
every call then carries that session's token (an hour's); ``role`` says whether
the account may change things (``network-admin``) or only read (``reviewer``).
A refusal becomes a ``SyncError`` with the hub's own reason, an unreachable hub
a ``HubUnreachable``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import requests

from labnet.catalogue.errors import Message
from labnet.protocol.errors import SyncError

from .client import HubClient, HubUnreachable


class HubAdminError(SyncError):
    """The hub refused an administrator's request; the message is its reason."""


NETWORK_ADMIN, REVIEWER = "network-admin", "reviewer"


class HubAdmin:
    def __init__(self, url: str, token: str, *, timeout: float = 30.0, session: requests.Session | None = None,
                 name: str = "", role: str = NETWORK_ADMIN):
        """An administrator's connection with a session token already obtained (see ``sign_in``)."""
        self.url, self.timeout = _address(url), timeout
        if not token.strip():
            raise HubAdminError(Message("Sign in to the hub as a named administrator first."))
        self.http = session or requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token.strip()}"
        self.name, self.role = name, role

    @classmethod
    def sign_in(cls, url: str, name: str, password: str, *, timeout: float = 30.0) -> HubAdmin:
        """Sign in as the administrator ``name``; the connection carries the session the hub gave."""
        if not name.strip() or not password:
            raise HubAdminError(Message("Give the administrator's name and password."))
        answer = _anonymous(_address(url), "/v1/admin/session", {"name": name.strip(), "password": password},
                            timeout)
        return cls(url, answer["token"], timeout=timeout, name=answer["name"], role=answer["role"])

    @classmethod
    def set_first_password(cls, url: str, token: str, password: str, *, timeout: float = 30.0) -> HubAdmin:
        """Spend a hub's one-time administrator token to set that account's password; signed in afterwards."""
        answer = _anonymous(_address(url), "/v1/admin/first-password", {"token": token.strip(), "password": password},
                            timeout)
        return cls(url, answer["token"], timeout=timeout, name=answer["name"], role=answer["role"])

    @property
    def may_change(self) -> bool:
        """Whether this administrator may change anything (a reviewer only reads)."""
        return self.role == NETWORK_ADMIN

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.http.request(method, self.url + path, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise HubUnreachable(Message("the hub at {hub} cannot be reached ({error})", hub=self.url,
                                         error=type(exc).__name__)) from None
        if response.status_code >= 400:
            reason = HubClient.refusal(response)
            if HubClient.code(response) == "admin-token-required":
                reason = Message("the hub does not accept this administrator session; sign in again ({reason})",
                                 reason=reason)
            raise HubAdminError(Message("The hub refused: {reason}", reason=reason))
        return _json(response)

    def hub(self) -> dict[str, Any]:
        return self._call("GET", "/health")

    def labs(self) -> list[dict[str, Any]]:
        return self._call("GET", "/v1/admin/labs")

    def issue_code(self, lab: str, country: str) -> dict[str, Any]:
        return self._call("POST", "/v1/admin/enrolment-codes", json={"lab": lab, "country": country})

    def revoke(self, lab_id: str, reason: str) -> dict[str, Any]:
        return self._call("POST", f"/v1/admin/labs/{lab_id}/revoke", json={"reason": reason})

    def bundles(self, limit: int = 500) -> dict[str, Any]:
        return self._call("GET", "/v1/admin/bundles", params={"limit": limit})

    def stats(self) -> dict[str, Any]:
        return self._call("GET", "/v1/admin/stats")

    def links(self, limit: int = 1000) -> dict[str, Any]:
        return self._call("GET", "/v1/admin/links", params={"limit": limit})

    def methods(self) -> list[dict[str, Any]]:
        return self._call("GET", "/v1/admin/methods")

    def publish_method(self, definition: dict[str, Any]) -> dict[str, Any]:
        """Publish a harmonised comparison method (``ComparisonMethod.to_json()``) to the network."""
        return self._call("POST", "/v1/admin/methods", json=definition)

    def notice(self, text: str, to: str = "*") -> dict[str, Any]:
        return self._call("POST", "/v1/admin/notices", json={"text": text, "to": to})

    def import_bundle(self, path: Path) -> dict[str, Any]:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise HubAdminError(Message("{path} cannot be read ({reason}).", path=path, reason=exc.strerror)) from None
        return self._call("POST", "/v1/admin/import", data=data,
                          headers={"Content-Type": "application/octet-stream"})

    def accounts(self) -> list[dict[str, Any]]:
        return self._call("GET", "/v1/admin/accounts")

    def audit(self, since: str | None = None, limit: int = 1000) -> dict[str, Any]:
        """The hub's audit trail (``{"entries": […], "head": hash}``), oldest first."""
        return self._call("GET", "/v1/admin/audit", params={"limit": limit, **({"since": since} if since else {})})

    def pt_rounds(self) -> list[dict[str, Any]]:
        """The proficiency-test rounds (state, deadline, participants, results received)."""
        return self._call("GET", "/v1/admin/pt")

    def pt_round(self, round_id: str) -> dict[str, Any]:
        """One round: its items, who sent results and, once closed, its summary."""
        return self._call("GET", f"/v1/admin/pt/{quote(round_id, safe='')}")

    def create_pt_round(self, description: dict[str, Any]) -> dict[str, Any]:
        """Create a round (``{"name", "deadline", "items", "labs"}``, as ``labnet-hub pt create --file``)."""
        return self._call("POST", "/v1/admin/pt", json=description)

    def close_pt_round(self, round_id: str) -> dict[str, Any]:
        """Close a round after its deadline; the round's summary."""
        return self._call("POST", f"/v1/admin/pt/{quote(round_id, safe='')}/close")

    # -- federation (issue 20): labnet.hub.federation_admin ---------------------------------------
    def peers(self) -> list[dict[str, Any]]:
        """The peer hubs: state, last contact, methods in common, messages waiting."""
        return self._call("GET", "/v1/admin/peers")

    def federation_hits(self) -> list[dict[str, Any]]:
        """Every cross-network hit, both sides."""
        return self._call("GET", "/v1/admin/federation/hits")["hits"]

    def federation_followups(self) -> list[dict[str, Any]]:
        """Every follow-up, asked by the network's laboratories or of them."""
        return self._call("GET", "/v1/admin/federation/followups")["followups"]

    def peer_policy(self, name: str) -> dict[str, Any]:
        """A peer's federation policy: its text and what it sends and releases."""
        return self._call("GET", f"/v1/admin/peers/{quote(name, safe='')}/policy")

    def preview_peer_policy(self, name: str, text: str) -> dict[str, Any]:
        """What ``text``, not saved, would send in a search and release with a hit."""
        return self._call("POST", f"/v1/admin/peers/{quote(name, safe='')}/policy/preview", json={"text": text})

    def save_peer_policy(self, name: str, text: str) -> dict[str, Any]:
        return self._call("PUT", f"/v1/admin/peers/{quote(name, safe='')}/policy", json={"text": text})

    def overview(self) -> dict[str, Any]:
        """Everything the console shows, in one go (labs, bundles, statistics, links, the last 30 days' audit)."""
        import datetime as dt

        month_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).replace(microsecond=0).isoformat()
        return {"labs": self.labs(), "bundles": self.bundles(), "stats": self.stats(), "links": self.links(),
                "audit": self.audit(since=month_ago, limit=5000)}


def _address(url: str) -> str:
    if not url.strip().lower().startswith(("http://", "https://")):
        raise HubAdminError(Message("“{url}” is not a hub address; it starts with https:// (or http://).", url=url))
    return url.strip().rstrip("/")


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        raise HubAdminError(Message("The hub's answer is not JSON; is this address a LabNet hub?")) from None


def _anonymous(url: str, path: str, body: dict[str, str], timeout: float) -> dict[str, Any]:
    """A sign-in request (no session yet)."""
    try:
        response = requests.post(url + path, json=body, timeout=timeout)
    except requests.RequestException as exc:
        raise HubUnreachable(Message("the hub at {hub} cannot be reached ({error})", hub=url,
                                     error=type(exc).__name__)) from None
    if response.status_code >= 400:
        raise HubAdminError(Message("The hub refused: {reason}", reason=HubClient.refusal(response)))
    return _json(response)
