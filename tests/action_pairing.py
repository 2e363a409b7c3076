"""Find the extracted action a case describes, paired as `agendaparse eval` pairs them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

from agendaparse.evaluate import JACCARD_MIN, jaccard, norm_name
from agendaparse.models import Action


def found_action(actions: list[Action], text: str) -> Action | None:
    """The action whose text shares most word tokens with ``text`` (token Jaccard >= 0.5), else None."""
    best = max(actions, key=lambda action: jaccard(text, action.text), default=None)
    return best if best is not None and jaccard(text, best.text) >= JACCARD_MIN else None


def expect_action(actions: list[Action], text: str, *, owners: list[str] | None = None) -> Action:
    """The action paired with ``text``, failing the test when there is none or, given ``owners``, when its
    owners differ (compared as eval compares them: names without titles, case folded, as a set)."""
    action = found_action(actions, text)
    assert action is not None, f"no action pairs with {text!r}; found {[a.text for a in actions]}"
    if owners is not None:
        assert sorted(map(norm_name, action.owners)) == sorted(map(norm_name, owners)), (text, action.owners)
    return action


def case_params(
    classes: dict[str, list[Any]],
    open_cases: dict[tuple[str, str], str],
    checked: str,
    items: Callable[[Any], Iterable[Any]],
    skip: Callable[[Any], bool] = lambda item: False,
) -> list:
    """One pytest param (case, item) per item of each case of each class, id "<class>-<case>-<n>"; the items
    ``open_cases`` names for ``checked`` are strict xfails with its reason."""
    params = []
    for class_name, cases in classes.items():
        for case in cases:
            for number, item in enumerate(items(case)):
                if skip(item):
                    continue
                case_id = f"{class_name}-{case.case_id}-{number}"
                reason = open_cases.get((checked, case_id))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(pytest.param(case, item, id=case_id, marks=marks))
    return params
