"""Finding the firm's clients in feed items: roster index, names, places, obituary grammar, scoring.

Public entry points
-------------------
- ``RosterIndex(clients)`` (index.py): built once per roster.
- ``match_items(index, items, *, replay=False, now=None, state=None, config=MatchConfig()) -> list[Match]``
  (engine.py): items are judged in publication order; pass an ``EngineState`` to carry dedup memory across
  calls, a ``MatchConfig`` (config.py) for other thresholds and factors.
- ``parse_obituary(title, text) -> Obituary`` (obituary.py): pure extraction, usable on its own.
- ``outreach.commands.run_match(roster_path, feeds, replay=...)`` / ``cmd_match``: ``outreach match``.

Every ``Match`` carries ``MatchDetails`` (model.py), the contract its readers (the store, drafts, review)
rely on: ``event_key`` (one per death across feeds, one per storm: the VTEC event
``office.phenomena.significance.etn.year`` or the root of the CAP references chain, one per news story
fingerprint) and ``outreach_key`` (``client_id|event_key``) for the store's dedup, and by kind the
deceased's name, the deceased client (for their spouse), the relation, the life event, the checks the score
rests on and the NER's verdict.

Modules
-------
config.py (every threshold and factor), model.py (Match, MatchDetails), engine.py (items -> proposals, run
rules), index.py (RosterIndex: surname automaton, name table, place classes, county arrays), names.py (name
keys, nicknames), places.py (states, towns), text.py (tokens, places written after a name, PersonName),
words.py (word lists), sentences.py (sentence spans), people.py (the people of one obituary clause),
obituary.py (the deceased, the lead, where the clauses are), news.py (subjects of life events), scoring.py
(name and place scores, place bounds), weather.py (alerts, storms, who is covered).

How it works
------------
1. Candidates scale with the text, not the roster: one Aho-Corasick pass (pyahocorasick) over the folded
   text finds roster surnames as whole, capitalised words; an item naming none stops there. Names found
   near those surnames are looked up in a hash map keyed by (surname, given name), probed with the given
   name's nickname variants both ways (the ``nicknames`` data, minus links that merge different people,
   plus short forms such as Barb/Barbara), and by maiden and double-barrelled surname parts.
2. Obituaries are read with the grammar American papers and funeral homes share (obituary.py): the
   deceased from the title and lead (age, town), survivors only from survivor clauses ("survived by",
   "left to cherish", "Survivors:", "beloved mother of"), with relation, town/state, spouse in
   parentheses ("Susan (Tom) Halvorsen"), quoted or parenthesised nicknames and maiden names; the
   "preceded in death by" list and "the late X" are never survivors; officiants, pallbearers, funeral
   directors, doctors and the parents in "born to" are outside those clauses.
3. Scores (scoring.py) multiply name agreement, place agreement (the town/state written next to the
   person, else the deceased's home; another state is near-fatal) and confirmations (the spouse named in
   the text is the roster spouse; the maiden name is the family's). Two namesakes within 0.08 of each
   other: neither is proposed. Thresholds: 0.7 (0.75 to call a client deceased); every factor is a field of
   ``MatchConfig``, and the place bounds that let the engine skip far-away namesakes are derived from them.
4. Weather (weather.py): Severe/Extreme, Actual, Alert/Update only, not expired (as of the item's own time
   with ``--replay``); inside the polygon when both polygon and coordinates exist, else the county's
   SAME/UGC code; one outreach per client per storm, so an Update adds only newly covered clients and a
   Cancel adds nothing.
5. News (news.py): a client named in a sentence with a life event (or right after it, or under a headline
   naming it, when the sentence ties them to it: owner, their home) is the subject; bare lists, officials
   quoted about someone else's event and namesakes placed elsewhere are not. A client reported dead is
   flagged ``deceased_client``.
6. Run rules (engine.py): do-not-contact clients are skipped; a client once reported deceased gets nothing
   later; one outreach per client per event.
"""
