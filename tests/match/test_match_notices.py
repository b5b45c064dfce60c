"""Issue 13, after independent5's blind score: terse paid death notices, parish notices titled by their rite,
a child's in-law read as her spouse, and a roster spouse known by a nickname. Hand-written texts."""

from __future__ import annotations

from outreach.feeds.parse import parse_feed
from outreach.match.engine import match_items
from outreach.match.obituary import parse_obituary
from tests.match.helpers import client, index, item


def roles(idx, text: str, title: str) -> set[tuple[str, str]]:
    return {(m.client_id, m.role) for m in match_items(idx, [item("o1", title, text)], replay=True)}


def test_a_death_notice_lists_its_survivors_without_a_survived_by():
    ob = parse_obituary("KOWALSKI, Stanley", "KOWALSKI, Stanley, 80, Eau Claire, March 5. Daughter Ann Berg of "
                        "Altoona; son Mark of Durand. Rosary at St. Patrick's.")
    assert [(m.name.given, m.name.surname, m.town, m.relation) for m in ob.survivors] == [
        ("Ann", "Berg", "Altoona", "child"), ("Mark", "Kowalski", "Durand", "child")]


def test_a_notice_sentence_about_the_dead_brother_is_no_survivor_list():
    ob = parse_obituary("KOWALSKI, Stanley", "KOWALSKI, Stanley, 80, Eau Claire, March 5. Brother Walt "
                        "preceded him in death.")
    assert ob.survivors == ()


def test_a_notice_without_an_age_still_gives_the_town():
    ob = parse_obituary("ESCALANTE, Raymond", "ESCALANTE, Raymond, Tucson, April 30. Arrangements pending.")
    assert (ob.deceased.given, ob.deceased.surname, ob.town) == ("Raymond", "Escalante", "Tucson")


def test_an_uncorroborated_notice_of_a_clients_name_and_town_is_a_possible_death():
    idx = index(client("C1", "Raymond", "Escalante", city="Tucson", state="AZ", postal_code="85718",
                       county_fips="04019"))
    text = "ESCALANTE, Raymond, Tucson, April 30. Arrangements pending, Adair Funeral Home."
    assert roles(idx, text, "ESCALANTE, Raymond") == {("C1", "possible_deceased_client")}


def test_a_parish_notice_titled_by_its_rite_names_the_deceased_from_the_title():
    ob = parse_obituary("Mass of Christian Burial for Odile Marie Comeaux",
                        "A Mass of Christian Burial will be celebrated Saturday at St. Genevieve for Odile Marie "
                        "Comeaux, 88, who passed away Sunday.")
    assert (ob.deceased.given, ob.deceased.surname) == ("Odile", "Comeaux")


def test_a_son_in_law_after_a_daughter_is_her_husband_and_shares_her_town():
    ob = parse_obituary("Aino Koski", "Aino Koski, 95, of Hermantown, died April 28. Survivors include her "
                        "daughter, Carol Maki and son-in-law Gene of Duluth; her son, Reino Koski of Esko.")
    assert [(m.name.given, m.name.surname, m.town) for m in ob.survivors] == [
        ("Carol", "Maki", "Duluth"), ("Gene", "Maki", "Duluth"), ("Reino", "Koski", "Esko")]


def test_a_husband_named_by_the_nickname_his_own_roster_row_holds_confirms_his_wife():
    idx = index(client("C1", "Yvette", "LeBlanc", spouse_first_name="Joseph", spouse_last_name="LeBlanc"),
                client("C2", "Joseph", "LeBlanc", nickname="T-Joe", spouse_first_name="Yvette",
                       spouse_last_name="LeBlanc"))
    text = ("Odile Comeaux, 88, of Eau Claire, passed away Sunday. She is survived by her niece, Yvette LeBlanc "
            "and her husband, T-Joe, of Eau Claire.")
    assert roles(idx, text, "Odile Comeaux") == {("C1", "survivor"), ("C2", "survivor")}


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>
<item><title>VALENZUELA, Ignacio</title><guid>n1</guid>
<description>VALENZUELA, Ignacio, 80, Tucson, March 5. Daughter Ana Ruiz of Tucson.</description></item>
</channel></rss>"""


def test_a_feed_that_calls_itself_death_notices_makes_a_cueless_entry_a_bereavement():
    kinds = {title: [i.kind for i in parse_feed(RSS % title, source="t").items]
             for title in (b"The Daily Dispatch - Death Notices", b"The Daily Dispatch - Local News")}
    assert kinds == {b"The Daily Dispatch - Death Notices": ["bereavement"],
                     b"The Daily Dispatch - Local News": ["news"]}


def test_a_bilingual_survivor_paragraph_names_the_daughter_and_her_husband():
    ob = parse_obituary("Esperanza Trevino", "Esperanza Trevino, 91, of Pharr, entered eternal rest on February 22. "
                        "Le sobreviven su hija, Lupita Garza y su esposo Hector, de McAllen; su hijo, Ramiro Trevino "
                        "of San Antonio; 14 nietos y 22 bisnietos.")
    assert [(m.name.given, m.name.surname, m.town, m.relation) for m in ob.survivors] == [
        ("Lupita", "Garza", "McAllen", "child"), ("Hector", "Garza", "McAllen", "in_law"),
        ("Ramiro", "Trevino", "San Antonio", "child")]


def test_de_inside_a_name_is_no_place():
    ob = parse_obituary("Ana Ruiz", "Ana Ruiz, 80, of Pharr, died May 2. She is survived by her daughter, "
                        "Maria de los Angeles Ruiz of Edinburg.")
    # (How "Maria de los Angeles" splits into given names is another matter: here only no town is read from it.)
    assert {m.town for m in ob.survivors} == {"", "Edinburg"}
