"""The hub's administration API, from the administrator's side (the desktop's hub console uses it).

Every call carries the administrator's token; a refusal becomes a ``SyncError``
with the hub's own reason, an unreachable hub a ``HubUnreachable``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests

from labnet.catalogue.errors import Message
from labnet.protocol.errors import SyncError

from .client import HubClient, HubUnreachable


class HubAdminError(SyncError):
    """The hub refused an administrator's request; the message is its reason."""


class HubAdmin:
    def __init__(self, url: str, token: str, *, timeout: float = 30.0, session: requests.Session | None = None):
        if not url.strip().lower().startswith(("http://", "https://")):
            raise HubAdminError(Message("“{url}” is not a hub address; it starts with https:// (or http://).",
                                        url=url))
        if not token.strip():
            raise HubAdminError(Message("The administrator's token is needed (labnet-hub admin-token gives a new "
                                        "one)."))
        self.url, self.timeout = url.strip().rstrip("/"), timeout
        self.http = session or requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token.strip()}"

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.http.request(method, self.url + path, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise HubUnreachable(Message("the hub at {hub} cannot be reached ({error})", hub=self.url,
                                         error=type(exc).__name__)) from None
        if response.status_code >= 400:
            reason = HubClient.refusal(response)
            if HubClient.code(response) == "admin-token-required":
                reason = Message("the hub does not accept this administrator token ({reason})", reason=reason)
            raise HubAdminError(Message("The hub refused: {reason}", reason=reason))
        try:
            return response.json()
        except ValueError:
            raise HubAdminError(Message("The hub's answer is not JSON; is this address a LabNet hub?")) from None

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

    def overview(self) -> dict[str, Any]:
        """Everything the console shows, in one go (labs, bundles, statistics, links)."""
        return {"labs": self.labs(), "bundles": self.bundles(), "stats": self.stats(), "links": self.links()}
