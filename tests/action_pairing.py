"""Find the extracted action a case describes, paired as `agendaparse eval` pairs them."""

from __future__ import annotations

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
