"""Cards: a print-ready PDF per approved card (an insert in the adviser's voice and an envelope addressed to
the client), and one "today's cards" PDF per adviser to print and sign (one insert page per card, then
address labels).

Text is untrusted (a feed, a reviewer's edit, the roster): it is only ever drawn as text with fpdf2's
``multi_cell`` (``markdown=False``; no HTML, no links, no form fields), so ``**bold**``, ``<b>`` or ``) Tj``
print as the characters they are. The font is a Unicode TrueType font: ``OUTREACH_CARD_FONT``, else DejaVu
Sans from the system (Debian's fonts-dejavu-core). Without one, the PDF core font Helvetica is used and any
character outside Latin-1 prints as "?" (the log says so once per card).

No Airflow here: ``outreach.delivery`` renders a card under the ledger's claim; ``print_cards`` (the
``outreach cards print`` command) writes an adviser's batch and marks its cards printed, once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from fpdf import FPDF

from outreach.config import load_settings
from outreach.errors import OutreachError
from outreach.states import Channel, DeliveryState, DraftStatus
from outreach.store import deliveries as ledger
from outreach.store.db import session_scope
from outreach.store.models import DeliveryRow, DraftRow

log = logging.getLogger(__name__)

SYSTEM_FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"))
INSERT_SIZE_MM = (127.0, 177.8)  # a 5 x 7 in card insert, portrait
ENVELOPE_SIZE_MM = (184.2, 133.4)  # an A7 envelope (7.25 x 5.25 in), landscape
LETTER_MM = (215.9, 279.4)
LABEL_MM = (66.7, 25.4)  # 30 labels a sheet (3 x 10, 2 5/8 x 1 in)
LABEL_GRID = (3, 10)
LABEL_MARGIN_MM = (4.8, 12.7)


class CardError(OutreachError, ValueError):
    """A card cannot be made (no mailing address, nothing to print); the message says which."""


@dataclass(frozen=True)
class Card:
    """One card: the insert's text and the envelope's address (both untrusted text)."""

    draft_id: int
    advisor_email: str
    adviser_name: str
    firm_name: str
    message: str  # the approved text, greeting to signature
    address: list[str]  # name, street, "City, ST 12345"

    def __post_init__(self) -> None:
        if not self.address:
            raise CardError(f"draft {self.draft_id}: the client has no complete mailing address")


@lru_cache(maxsize=4)
def _font_path(configured: str) -> Path | None:
    for path in ([Path(configured)] if configured else []) + list(SYSTEM_FONTS):
        if path.is_file():
            return path
    return None


class _Doc(FPDF):
    """An FPDF with the card font chosen once, a fixed creation date, and text drawn only as text."""

    def __init__(self, created: datetime) -> None:
        super().__init__(unit="mm", format=INSERT_SIZE_MM)
        self.set_creation_date(created)
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        font = _font_path(str(load_settings().card_font or ""))
        self.unicode = font is not None
        if font is not None:
            self.add_font("CardSans", "", str(font))
            self.family = "CardSans"
        else:
            self.family = "Helvetica"
        self.replaced = False

    def text_block(self, x: float, y: float, w: float, text: str, size: float, line: float) -> None:
        self.set_font(self.family, size=size)
        self.set_xy(x, y)
        self.multi_cell(w, line, self._safe(text), align="L", markdown=False)

    def _safe(self, text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self.unicode:
            return text
        latin = text.encode("latin-1", "replace").decode("latin-1")
        self.replaced = self.replaced or latin != text
        return latin


def _insert(doc: _Doc, card: Card) -> None:
    doc.add_page(format=INSERT_SIZE_MM)
    width, height = INSERT_SIZE_MM
    doc.text_block(14, 18, width - 28, card.message.strip(), 10.5, 5.2)
    doc.set_draw_color(180, 180, 180)
    doc.line(14, height - 22, width - 14, height - 22)
    doc.text_block(14, height - 20, width - 28, f"Card {card.draft_id} · sign here", 7, 3.5)


def _envelope(doc: _Doc, card: Card) -> None:
    doc.add_page(format=ENVELOPE_SIZE_MM)
    width, height = ENVELOPE_SIZE_MM
    doc.text_block(10, 10, 80, "\n".join(x for x in (card.adviser_name, card.firm_name) if x), 8, 4)
    doc.text_block(width / 2 - 20, height / 2 - 8, width / 2 + 10, "\n".join(card.address), 11, 5.5)


def card_pdf(card: Card, *, created: datetime) -> bytes:
    """One card: page 1 the insert, page 2 the envelope. The same inputs give the same bytes."""
    doc = _Doc(created)
    doc.set_title(f"Card {card.draft_id}")
    _insert(doc, card)
    _envelope(doc, card)
    if doc.replaced:
        log.warning("card %s: no Unicode font found; characters outside Latin-1 print as '?'", card.draft_id)
    return bytes(doc.output())


def batch_pdf(cards: Sequence[Card], *, title: str, created: datetime) -> bytes:
    """An adviser's batch: one insert page per card, in order, then sheets of 30 address labels."""
    if not cards:
        raise CardError("no cards to print")
    doc = _Doc(created)
    doc.set_title(title)
    for card in cards:
        _insert(doc, card)
    cols, rows = LABEL_GRID
    per_sheet = cols * rows
    for start in range(0, len(cards), per_sheet):
        doc.add_page(format=LETTER_MM)
        for i, card in enumerate(cards[start:start + per_sheet]):
            col, row = i % cols, i // cols
            x = LABEL_MARGIN_MM[0] + col * (LABEL_MM[0] + 3.2)
            y = LABEL_MARGIN_MM[1] + row * LABEL_MM[1]
            doc.text_block(x + 3, y + 3, LABEL_MM[0] - 6, "\n".join(card.address), 8.5, 4.2)
    return bytes(doc.output())


# --- files ----------------------------------------------------------------------------------------------

def cards_dir() -> Path:
    return load_settings().resolved_cards_dir


def _slug(advisor_email: str) -> str:
    return re.sub(r"[^a-z0-9@._-]+", "_", (advisor_email or "firm").strip().lower()) or "firm"


def card_path(card: Card, root: Path | None = None) -> Path:
    return (root or cards_dir()) / _slug(card.advisor_email) / f"card-{card.draft_id}.pdf"


def batch_path(advisor_email: str, day: date, root: Path | None = None) -> Path:
    return (root or cards_dir()) / _slug(advisor_email) / f"todays-cards-{day.isoformat()}.pdf"


def write_atomically(path: Path, data: bytes) -> str:
    """Write ``data`` to ``path`` whole (a reader never sees half a PDF); returns its SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest()


# --- the adviser's print batch ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintBatch:
    path: Path
    draft_ids: list[int]  # every card in the batch, in page order
    newly_printed: list[int]  # the ones this call marked printed (a re-run marks none)


def print_cards(db_url: str, advisor_email: str, day: date, *, root: Path | None = None) -> PrintBatch | None:
    """Write the adviser's cards of ``day`` into one PDF and mark them printed; None when there are none.

    The batch holds every card of the adviser rendered by the end of ``day`` and not printed yet, plus the
    cards this same batch printed before: running it again rewrites the same batch and marks nothing twice.
    """
    from outreach.store.models import utcnow

    path = batch_path(advisor_email, day, root)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC)
    with session_scope(db_url) as session:
        rows = session.execute(
            sa.select(DeliveryRow.draft_id, DeliveryRow.artifact_path)
            .join(DraftRow, DraftRow.id == DeliveryRow.draft_id)
            .where(DeliveryRow.channel == Channel.CARD, sa.func.lower(DraftRow.advisor_email) == advisor_email.lower(),
                   sa.or_(sa.and_(DeliveryRow.state == DeliveryState.RENDERED, DeliveryRow.updated_at < end),
                          sa.and_(DeliveryRow.state == DeliveryState.PRINTED, DeliveryRow.print_batch == str(path))))
            .order_by(DeliveryRow.draft_id)).all()
        if not rows:
            return None
        cards = [_card_of(session, draft_id) for draft_id, _ in rows]
        data = batch_pdf(cards, title=f"Cards of {day.isoformat()}", created=end - timedelta(seconds=1))
        write_atomically(path, data)
        ids = [draft_id for draft_id, _ in rows]
        moved = ledger.mark_printed(session, ids, str(path))
        if moved:
            session.execute(sa.update(DraftRow).where(DraftRow.id.in_(moved))
                            .values(status=DraftStatus.SENT, updated_at=utcnow()))
    log.info("print batch %s: %d card(s), %d newly printed", path, len(ids), len(moved))
    return PrintBatch(path, ids, moved)


def _card_of(session: sa.orm.Session, draft_id: int) -> Card:
    from outreach.delivery import card_for_draft  # the one place a card's text and address are put together

    return card_for_draft(session, draft_id)
