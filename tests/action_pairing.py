"""Find the extracted action a case describes, paired as `agendaparse eval` pairs them."""

from __future__ import annotations

from agendaparse.evaluate import JACCARD_MIN, jaccard
from agendaparse.models import Action


def found_action(actions: list[Action], text: str) -> Action | None:
    """The action whose text shares most word tokens with ``text`` (token Jaccard >= 0.5), else None."""
    best = max(actions, key=lambda action: jaccard(text, action.text), default=None)
    return best if best is not None and jaccard(text, best.text) >= JACCARD_MIN else None
