"""The demo laboratory's staff: the six accounts of the demo catalogue (``labnet.catalogue.demo``), whose
analysts also sign the invented profiling results (``labnet.catalogue.demo_profiles``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str


DEMO_USERS = (
    DemoUser("admin", "Aminata Diallo", "administrator"),
    DemoUser("kmensah", "Kwame Mensah", "quality_manager"),
    DemoUser("cokafor", "Chidinma Okafor", "analyst"),
    DemoUser("mquispe", "María Fernanda Quispe", "analyst"),
    DemoUser("nthilan", "Nguyễn Thị Lan", "analyst"),
    DemoUser("skone", "Souleymane Koné", "analyst"),
)
DEMO_DEFAULT_USER = "cokafor"  # whom the demo window acts as, unless told otherwise
_ADMIN, _QM = DEMO_USERS[0], DEMO_USERS[1]
_ANALYSTS = DEMO_USERS[2:]
