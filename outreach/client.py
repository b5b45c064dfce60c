"""A client of the firm, as imported from the CRM roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ROSTER_COLUMNS: tuple[str, ...] = (
    "client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name",
    "spouse_first_name", "spouse_last_name", "city", "state", "postal_code", "county_fips",
    "latitude", "longitude", "email", "advisor_email", "do_not_contact", "phone", "address_line",
    "birth_date",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("client_id", "first_name", "last_name")
LOCATION_COLUMNS: tuple[str, ...] = (
    "client_id", "label", "address_line", "city", "state", "postal_code", "county_fips", "latitude", "longitude",
)


@dataclass(frozen=True, slots=True)
class Client:
    client_id: str
    first_name: str
    last_name: str
    middle_name: str = ""
    nickname: str = ""
    maiden_name: str = ""
    spouse_first_name: str = ""
    spouse_last_name: str = ""
    city: str = ""
    state: str = ""  # two-letter USPS code, upper case
    postal_code: str = ""  # 5 digits
    county_fips: str = ""  # 5 digits: state (2) + county (3)
    latitude: float | None = None
    longitude: float | None = None
    email: str = ""
    advisor_email: str = ""
    do_not_contact: bool = False
    address_line: str = ""  # street address (one line) for a card's envelope; city/state/postal_code below it
    phone: str = ""  # E.164 ("+16085550100") when the roster's number parsed, for a call task
    birth_date: date | None = None  # optional: corroborates (or rules out) a death notice naming the client

    @property
    def mailing_address(self) -> list[str]:
        """The envelope's address lines, or [] when the address is not complete enough to mail."""
        if not (self.address_line and self.city and self.state and self.postal_code):
            return []
        return [self.display_name, self.address_line, f"{self.city}, {self.state} {self.postal_code}"]

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Location:
    """Another place of a client's than their home (second home, business, rental property), from
    ``locations.csv``: a storm over it concerns the client as one over their home would."""

    client_id: str
    label: str = ""  # "Lake cabin", "Hayward store": how the adviser knows the place
    address_line: str = ""
    city: str = ""
    state: str = ""  # two-letter USPS code, upper case
    postal_code: str = ""  # 5 digits
    county_fips: str = ""  # 5 digits
    latitude: float | None = None
    longitude: float | None = None

    @property
    def place_name(self) -> str:
        """How a message names the place: its town, else its label ("your place near Hayward")."""
        return self.city or self.label
