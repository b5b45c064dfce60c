"""Every exception the outreach package defines is an OutreachError (one root to catch, typed reasons)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import outreach
from outreach.drafts import DraftRefused, RefusalReason
from outreach.errors import OutreachError


def _exception_classes() -> list[type[BaseException]]:
    found = []
    for module_info in pkgutil.walk_packages(outreach.__path__, prefix="outreach."):
        if ".migrations" in module_info.name or module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == module.__name__:
                found.append(obj)
    return found


def test_every_exception_defined_in_outreach_subclasses_outreach_error():
    classes = _exception_classes()
    assert len(classes) >= 15, [c.__name__ for c in classes]  # the walk really found them
    assert [c.__qualname__ for c in classes if not issubclass(c, OutreachError)] == []


def test_domain_errors_keep_the_builtin_type_callers_knew_them_by():
    from outreach.pipeline import DecisionError
    from outreach.roster import RosterError

    assert issubclass(DecisionError, ValueError) and issubclass(RosterError, ValueError)


def test_a_refused_draft_carries_its_reason_as_a_value_not_as_text_to_parse():
    exc = DraftRefused(RefusalReason.DO_NOT_CONTACT, "c-9")
    assert exc.reason is RefusalReason.DO_NOT_CONTACT and "c-9" in str(exc)
