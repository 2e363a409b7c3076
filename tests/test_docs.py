"""The README documents every command and option, and its schema is the generated one."""

from __future__ import annotations

import sys

import pytest

from agendaparse.cli import cli
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from update_readme import updated  # noqa: E402

README = (ROOT / "README.md").read_text()


def test_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_documented(name):
    assert f"agendaparse {name}" in README


@pytest.mark.parametrize(
    "option",
    sorted(
        {
            opt
            for command in cli.commands.values()
            for param in command.params
            for opt in param.opts
            if opt.startswith("--") and opt != "--help"
        }
    ),
)
def test_every_option_documented(option):
    assert option in README, f"{option} is not in README.md"


def test_readme_schema_is_generated():
    assert updated(README) == README, "run: python scripts/update_readme.py"
