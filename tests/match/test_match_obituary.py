"""Obituary grammar: who died, who survives (relation, town, spouse), who died before. Pure extraction."""

from outreach.match.obituary import parse_obituary

FUNERAL_HOME = (
    'Robert J. "Bob" Smith, 84, of Eau Claire, died peacefully on March 3, 2026, at Mayo Clinic Health System. '
    "He was born June 2, 1941, in Menomonie to John and Ellen (Larson) Smith. He married Mary Olson in 1964. "
    "Bob is survived by his wife of 52 years, Mary; sons John (Karen) Smith of Eau Claire and Mark of Madison, Wis.; "
    "daughter Susan (Tom) Halvorsen of Chippewa Falls; sister Linda (Smith) Carlson of Phoenix, Ariz.; "
    "grandchildren Amy, Ben and Cole; and many nieces and nephews. He was preceded in death by his parents and "
    'a brother, Thomas "Tom" Smith. Funeral services will be at 11 a.m. Saturday at Grace Lutheran Church with '
    "the Rev. Paul Anderson officiating. Pallbearers are Greg Olson, Dean Berg and Eric Lund. Arrangements by "
    "Lenmark-Wilson Funeral Home; funeral director Dan Lenmark. The family thanks Dr. Karen Fisk for her care."
)


def people(ob, which="survivors"):
    return {(m.name.given, m.name.surname): m for m in getattr(ob, which)}


def test_deceased_name_age_and_town_from_the_lead():
    ob = parse_obituary('Robert J. "Bob" Smith', FUNERAL_HOME)
    assert (ob.deceased.given, ob.deceased.surname, ob.deceased.nickname) == ("Robert", "Smith", "Bob")
    assert (ob.age, ob.town) == (84, "Eau Claire")


def test_spouse_notation_daughter_susan_tom_halvorsen():
    ob = parse_obituary("Robert Smith", FUNERAL_HOME)
    s = people(ob)
    assert s[("Susan", "Halvorsen")].spouse_given == "Tom"
    assert s[("Susan", "Halvorsen")].town == "Chippewa Falls"
    tom = s[("Tom", "Halvorsen")]  # her husband is family too
    assert (tom.relation, tom.town) == ("in_law", "Chippewa Falls")


def test_maiden_name_in_parentheses_of_a_married_sister():
    s = people(parse_obituary("Robert Smith", FUNERAL_HOME))
    linda = s[("Linda", "Carlson")]
    assert (linda.name.maiden, linda.relation, linda.town, linda.state) == ("Smith", "sibling", "Phoenix", "AZ")


def test_grandchildren_list_takes_the_family_surname():
    s = people(parse_obituary("Robert Smith", FUNERAL_HOME))
    for given in ("Amy", "Ben", "Cole"):
        m = s[(given, "Smith")]
        assert m.relation == "grandchild" and m.name.surname_inherited


def test_son_without_surname_and_his_town():
    s = people(parse_obituary("Robert Smith", FUNERAL_HOME))
    assert (s[("Mark", "Smith")].town, s[("Mark", "Smith")].state) == ("Madison", "WI")
    assert s[("John", "Smith")].spouse_given == "Karen"


def test_wife_of_52_years_is_the_spouse_not_a_place():
    ob = parse_obituary("Robert Smith", FUNERAL_HOME)
    assert ob.spouse is not None and ob.spouse.name.given == "Mary" and ob.spouse.town == ""


def test_preceded_in_death_is_not_a_survivor():
    ob = parse_obituary("Robert Smith", FUNERAL_HOME)
    assert ("Thomas", "Smith") in people(ob, "preceded")
    assert ("Thomas", "Smith") not in people(ob) and ("Tom", "Smith") not in people(ob)


def test_officiant_pallbearers_funeral_director_and_doctor_are_not_family():
    names = {m.name.given for m in parse_obituary("Robert Smith", FUNERAL_HOME).survivors}
    assert not names & {"Paul", "Greg", "Dean", "Eric", "Dan", "Karen Fisk"}
    assert "Paul" not in names


def test_parents_in_born_to_are_not_survivors():
    names = {(m.name.given, m.name.surname) for m in parse_obituary("Robert Smith", FUNERAL_HOME).survivors}
    assert ("Ellen", "Smith") not in names and ("John", "Smith") in names  # the son John, not the father


def test_quoted_nickname_margaret_peggy_miller():
    ob = parse_obituary('Margaret "Peggy" Miller',
                        'Margaret "Peggy" Miller, 90, of Altoona, passed away Sunday. She is survived by her son, '
                        "James “Jim” Miller of Altoona. She was preceded in death by her husband, Harold.")
    assert (ob.deceased.given, ob.deceased.nickname) == ("Margaret", "Peggy")
    jim = people(ob)[("James", "Miller")]
    assert jim.name.nickname == "Jim"


def test_maiden_name_of_the_deceased_in_parentheses():
    ob = parse_obituary("Linda (Miller) Carlson", "Linda (Miller) Carlson, 77, of Hudson, died Friday.")
    assert (ob.deceased.given, ob.deceased.surname, ob.deceased.maiden) == ("Linda", "Carlson", "Miller")
    ob = parse_obituary("Linda Carlson (née Miller)", "Linda Carlson, 77, of Hudson, died Friday.")
    assert ob.deceased.maiden == "Miller"


def test_newspaper_surname_first_title_and_comma_places():
    ob = parse_obituary(
        'HALVORSEN, Ruth A. "Ruthie"',
        "Age 88, of Chippewa Falls, Wis., passed away Nov. 2, 2026. Preceded in death by husband, Arne; "
        "son, Paul. Survived by daughters, Karen (Jeff) Lund, Eau Claire, and Julie Halvorsen, Madison; "
        "son, Erik (Deb), Stillwater, Minn.; brother, Oscar Berg, Mesa, Ariz.")
    assert (ob.deceased.given, ob.deceased.surname, ob.deceased.nickname) == ("Ruth", "Halvorsen", "Ruthie")
    assert (ob.age, ob.town, ob.state) == (88, "Chippewa Falls", "WI")
    s = people(ob)
    assert s[("Karen", "Lund")].town == "Eau Claire" and s[("Karen", "Lund")].spouse_given == "Jeff"
    assert s[("Julie", "Halvorsen")].town == "Madison"
    assert (s[("Erik", "Halvorsen")].town, s[("Erik", "Halvorsen")].state) == ("Stillwater", "MN")
    assert (s[("Oscar", "Berg")].town, s[("Oscar", "Berg")].state) == ("Mesa", "AZ")
    assert ("Paul", "Halvorsen") in people(ob, "preceded") and ("Arne", "Halvorsen") in people(ob, "preceded")


def test_both_of_applies_the_town_to_the_couple_of_names():
    ob = parse_obituary("Jean Moe", "Jean Moe, 70, of Bloomer, died Monday. She is survived by her sons, "
                                    "Tim and Tony, both of Rice Lake; and a sister, Ann Dahl of Boise, Idaho.")
    s = people(ob)
    assert s[("Tim", "Moe")].town == s[("Tony", "Moe")].town == "Rice Lake"
    assert (s[("Ann", "Dahl")].town, s[("Ann", "Dahl")].state) == ("Boise", "ID")


def test_couple_shares_the_surname_written_once():
    ob = parse_obituary("Jean Moe", "Jean Moe, 70, of Bloomer, died Monday. Survivors include a daughter and "
                                    "son-in-law, Nancy and Bruce Schneider of Hudson.")
    s = people(ob)
    assert s[("Nancy", "Schneider")].town == "Hudson" and s[("Bruce", "Schneider")].town == "Hudson"


def test_left_to_cherish_and_colon_lists():
    ob = parse_obituary("Arlene Dahl", "Arlene Dahl, 81, of Menomonie, went home to be with the Lord on "
                                       "October 2. Left to cherish her memory are her children: Lisa (Mark) "
                                       "Berg of Hudson and Craig Dahl of Denver, Colo.; and her brother Gene Voss.")
    s = people(ob)
    assert ("Lisa", "Berg") in s and ("Craig", "Dahl") in s and ("Gene", "Voss") in s
    assert s[("Craig", "Dahl")].state == "CO"


def test_accented_names_survive_extraction():
    ob = parse_obituary("José Núñez", "José Núñez, 66, of Altoona, died Tuesday. He is survived by his "
                                      "daughter Zoë (Luis) Peña of La Crosse.")
    assert ob.deceased.given == "José" and ("Zoë", "Peña") in people(ob)


def test_dateline_before_the_lead_is_not_part_of_the_name():
    ob = parse_obituary("Obituary", "EAU CLAIRE - Gerald Dolan, 79, of Eau Claire, died Sunday.")
    assert (ob.deceased.given, ob.deceased.surname) == ("Gerald", "Dolan")


def test_junior_suffix_and_a_minor():
    ob = parse_obituary("Tyler Smith Jr.", "Tyler Smith Jr., 16, of Altoona, died Saturday in a car accident. "
                                           "He is survived by his parents, Tyler and Amy Smith of Altoona.")
    assert (ob.deceased.suffix, ob.age) == ("jr", 16)
    s = people(ob)
    assert s[("Tyler", "Smith")].relation == "parent" and s[("Amy", "Smith")].town == "Altoona"


def test_years_in_the_title_give_age_and_year():
    ob = parse_obituary("Harold Vang (1940 - 2026)", "Harold Vang of Wausau passed away on October 9.")
    assert (ob.deceased.given, ob.deceased.surname, ob.age, ob.death_year) == ("Harold", "Vang", 86, 2026)


def test_death_notice_style_beloved_mother_of():
    ob = parse_obituary(
        "SMITH, Mary (nee Jones)",
        "SMITH, Mary (nee Jones), age 84, of Eau Claire, beloved wife of the late John; loving mother of Susan "
        "(Tom) Halvorsen and Mark (Karen) Smith; proud grandmother of Amy, Ben and Cole; dear sister of Linda "
        "(the late Bob) Carlson. Visitation Friday at Olson Funeral Home.")
    assert (ob.deceased.given, ob.deceased.surname, ob.deceased.maiden) == ("Mary", "Smith", "Jones")
    s = people(ob)
    assert s[("Susan", "Halvorsen")].relation == "child" and s[("Tom", "Halvorsen")].relation == "in_law"
    assert s[("Amy", "Smith")].relation == "grandchild"
    assert s[("Linda", "Carlson")].relation == "sibling" and s[("Linda", "Carlson")].spouse_given == ""
    assert ("John", "Smith") not in s and ("Bob", "Carlson") not in s  # "the late": dead, not survivors


def test_the_former_mary_jones_is_the_wife_with_her_maiden_name():
    ob = parse_obituary("Robert Olson", "Robert Olson, 80, of Altoona, died Monday. Survivors include his wife, "
                                        "the former Mary Jones; and a son, Tim of Madison.")
    assert (ob.spouse.name.given, ob.spouse.name.surname, ob.spouse.name.maiden) == ("Mary", "Olson", "Jones")


def test_and_husband_john_is_the_daughters_husband():
    ob = parse_obituary("Robert Olson", "Robert Olson, 80, of Altoona, died Monday. Survivors include two "
                                        "daughters, Jane Doe and husband John of Eau Claire, and Mary Roe of Altoona.")
    s = people(ob)
    assert s[("John", "Doe")].relation == "in_law" and s[("John", "Doe")].town == "Eau Claire"
    assert ob.spouse is None  # the deceased's own spouse is not named


def test_relation_words_inside_parentheses_are_not_names():
    ob = parse_obituary("Robert Olson", "Robert Olson, 80, of Altoona, died Monday. He is survived by a son, "
                                        "Tim (fiancée Jen) of Madison.")
    assert people(ob)[("Tim", "Olson")].spouse_given == "Jen"


def test_aggregator_title_with_obituary_years_and_paper():
    ob = parse_obituary("Robert J. Smith Obituary (1941 - 2026) - Eau Claire, WI - Leader-Telegram",
                        "Robert passed away at home.")
    assert (ob.deceased.given, ob.deceased.surname, ob.age) == ("Robert", "Smith", 85)


def test_nickname_in_parentheses_is_not_a_spouse():
    ob = parse_obituary("Larry Dahl", "Larry Dahl, 77, of Altoona, died Sunday. He leaves behind his wife, "
                                      "Judith (Judy); and his son Robert (Bob) Dahl of Altoona.")
    assert (ob.spouse.name.given, ob.spouse.name.nickname, ob.spouse.spouse_given) == ("Judith", "Judy", "")
    bob = people(ob)[("Robert", "Dahl")]
    assert (bob.name.nickname, bob.spouse_given) == ("Bob", "")


def test_and_her_husband_comma_name():
    ob = parse_obituary("Ann Moe", "Ann Moe, 90, of Bloomer, died Monday. She is lovingly remembered by her "
                                   "daughter Susan Halvorsen and her husband, Tom, of Chippewa Falls.")
    s = people(ob)
    assert ("Tom", "Halvorsen") in s and s[("Susan", "Halvorsen")].town == "Chippewa Falls"
    assert ob.spouse is None


def test_sons_and_their_wives_is_one_list_of_children():
    ob = parse_obituary("Ann Moe", "Ann Moe, 90, of Bloomer, died Monday. She is survived by her husband, Carl; "
                                   "two sons and their wives, John and Karen Moe of Eau Claire and Mark and Lisa "
                                   "Moe of Madison.")
    assert ob.spouse.name.given == "Carl"
    s = people(ob)
    assert s[("John", "Moe")].town == "Eau Claire" and s[("Karen", "Moe")].town == "Eau Claire"
    assert s[("Lisa", "Moe")].town == "Madison"
    assert {s[k].relation for k in s if k[0] in ("John", "Mark")} == {"child"}


def test_survivors_one_per_line_from_an_html_list():
    # html_to_text keeps list items as lines: "Survived by:\nwife Mary\nson John (Karen) Smith\n..."
    text = ("Robert Smith, 84, of Eau Claire, died Monday.\nSurvived by:\nwife Mary\nson John (Karen) Smith, "
            "Altoona\ndaughter Susan Halvorsen\nHe loved fishing with Greg Olson.\nPreceded in death by his "
            "brother Tom.")
    ob = parse_obituary("Robert Smith", text)
    s = people(ob)
    assert ob.spouse.name.given == "Mary"
    assert s[("John", "Smith")].town == "Altoona" and ("Susan", "Halvorsen") in s
    assert ("Greg", "Olson") not in s and ("Tom", "Smith") in people(ob, "preceded")


def test_great_grandchildren_with_town_like_names():
    ob = parse_obituary("Eleanor Brandt", "Eleanor Brandt, 93, of Rice Lake, died Tuesday. She is survived by her "
                                          "son Gary Brandt; great-grandchildren: Lily, Mason and Ava.")
    assert {("Lily", "Brandt"), ("Mason", "Brandt"), ("Ava", "Brandt")} <= set(people(ob))


def test_formerly_of_is_not_where_she_lived_and_she_was_71():
    ob = parse_obituary("Lorraine Schultz", "Lorraine A. Schultz, formerly of Eau Claire, died Saturday at her "
                                            "home in Naples, Florida. She was 71.")
    assert (ob.town, ob.state, ob.age) == ("Naples", "FL", 71)
