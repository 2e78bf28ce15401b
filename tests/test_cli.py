"""The command line, through real subprocesses and in-process for coverage."""

from __future__ import annotations

import subprocess
import sys

import pytest

import calcities_domain
from calcities_domain.__main__ import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed arguments, our own module
        [sys.executable, "-m", "calcities_domain", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        input=stdin,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"calcities-domain {calcities_domain.__version__}"


def test_help_lists_commands_and_an_example() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "tour" in result.stdout
    assert "python -m calcities_domain tour" in result.stdout
    assert "exit codes" in result.stdout


def test_tour_help() -> None:
    result = run("tour", "--help")
    assert result.returncode == 0
    assert "example:" in result.stdout


def test_tour_runs_and_exits_zero() -> None:
    result = run("tour")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "2025-04-01" in result.stdout
    assert "$550.00" in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_no_command_prints_help_and_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: python -m calcities_domain" in capsys.readouterr().out


def test_tour_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tour"]) == 0
    assert capsys.readouterr().out.startswith("calcities_domain: a tour")


# --------------------------------------------------------------------------- the domain commands

import io  # noqa: E402
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from calcities_domain import catalog, commands  # noqa: E402
from calcities_domain.serialization import structure  # noqa: E402

#: Each command's example, with whether its rule outcome passes (the exit code under --check).
EXAMPLES = {"mcle": False, "events": True, "vote": True, "roster": False, "torch": True}


def test_the_examples_cover_every_command() -> None:
    assert set(EXAMPLES) == set(commands.COMMANDS)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_command_help_shows_its_input_format_and_an_example(name: str) -> None:
    result = run(name, "--help")
    assert result.returncode == 0
    assert "example document:" in result.stdout
    assert json.loads(commands.COMMANDS[name].example)  # the example shown is JSON
    assert f"python -m calcities_domain {name} document.json --check" in result.stdout
    assert "--check" in result.stdout


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_command_reads_a_file_and_writes_its_answer_as_json(name: str, tmp_path: Path) -> None:
    document = tmp_path / f"{name}.json"
    document.write_text(commands.COMMANDS[name].example, encoding="utf-8")
    result = run(name, str(document))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    answer = json.loads(result.stdout)
    assert answer["command"] == name
    assert answer["passed"] is EXAMPLES[name]
    assert answer["explanation"].startswith(commands.run(name, json.loads(document.read_text())).explanation[:40])


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_check_exits_one_when_the_rule_outcome_fails(name: str) -> None:
    result = run(name, "-", "--check", stdin=commands.COMMANDS[name].example)
    assert result.returncode == (0 if EXAMPLES[name] else 1), result.stderr
    assert json.loads(result.stdout)["passed"] is EXAMPLES[name]  # the answer is still written


def test_stdin_and_text_output() -> None:
    result = run("vote", "-", "--text", stdin='{"rule": "bylaw_amendment", "tally": {"yes": 299, "no": 150}}')
    assert result.returncode == 0
    assert result.stdout.startswith("Did the bylaw amendment pass?\nAnswer: no\n")
    assert "299 x 3 = 897 is not at least 449 x 2 = 898" in result.stdout


def test_bad_input_prints_every_problem_once_with_its_path_and_exits_two() -> None:
    result = run("vote", "-", "--check", stdin='{"rule": "bylaw", "tally": {"yes": "299", "no": -1, "x": 1}}')
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "python -m calcities_domain vote: bad input",
        "4 problems in the input:",
        '  $.rule: expected one of "ga_resolution", "bylaw_amendment", "ballot_measure_position", '
        '"board_decision", got "bylaw"',
        '  $.tally.yes: expected a whole number, got "299"',
        "  $.tally.no: must not be negative, got -1",
        "  $.tally.x: unknown field (expected: yes, no, abstain, present, eligible)",
    ]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("", "$: not valid JSON: Expecting value at line 1, column 1"),
        ('{"rule": "bylaw_amendment", "rule": "x"}', "the key 'rule' appears twice in one object"),
        ('{"rule": NaN}', "NaN is not valid JSON"),
        ("[1, 2]", "$: expected an object"),
    ],
)
def test_text_that_is_not_a_document_exits_two(stdin: str, message: str) -> None:
    result = run("vote", "-", stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_missing_file_exits_two(tmp_path: Path) -> None:
    result = run("mcle", str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr
    assert "No such file" in result.stderr


def test_a_day_no_rule_covers_exits_two() -> None:
    document = json.loads(commands.COMMANDS["roster"].example)
    document["on"] = "1900-01-01"
    result = run("roster", "-", stdin=json.dumps(document))
    assert result.returncode == 2
    assert "bad input" in result.stderr
    assert "1900-01-01" in result.stderr


def test_check_without_a_question_exits_two() -> None:
    document = json.loads(commands.COMMANDS["events"].example)
    del document["at"]
    result = run("events", "-", "--check", stdin=json.dumps(document))
    assert result.returncode == 2
    assert "--check needs a question that passes or fails" in result.stderr
    assert result.stdout == ""


def test_rules_as_a_table_and_as_json() -> None:
    table = run("rules", "--as-of", "2024-01-01", "--domain", "governance")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert any(line.startswith("governance.board.seats.at_large") and line.endswith("  12") for line in lines)
    assert lines[-1] == f"{len(lines) - 1} rule values"
    as_json = run("rules", "--as-of", "2024-01-01", "--domain", "governance", "--json")
    rows = json.loads(as_json.stdout)
    assert len(rows) == len(lines) - 1
    assert set(rows[0]) == {"domain", "rule", "description", "in_force", "value", "source"}
    assert rows[0]["source"]["confidence"] == "confirmed"
    read = [structure(row, catalog.RuleValue) for row in rows]  # the catalog's serialization format
    assert tuple(read) == commands.rules(on=date(2024, 1, 1), domain="governance")


def test_rules_bad_options_exit_two() -> None:
    result = run("rules", "--domain", "nope")
    assert result.returncode == 2
    assert result.stderr.startswith("python -m calcities_domain rules: --domain: unknown domain 'nope' (known: ")
    result = run("rules", "--as-of", "2024-13-01")
    assert result.returncode == 2
    assert "expected a date as YYYY-MM-DD, got '2024-13-01'" in result.stderr


# In process, for coverage of the shell itself (the subprocesses above are the real thing).


def test_commands_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document = tmp_path / "vote.json"
    document.write_text(commands.COMMANDS["vote"].example, encoding="utf-8")
    assert main(["vote", str(document), "--check"]) == 0
    assert json.loads(capsys.readouterr().out)["passed"] is True
    monkeypatch.setattr(sys, "stdin", io.StringIO(commands.COMMANDS["mcle"].example))
    assert main(["mcle", "-", "--check", "--text"]) == 1
    assert capsys.readouterr().out.startswith("Is licensee 201234 compliant")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"rule": 1}'), encoding="utf-8"))
    assert main(["vote", "-"]) == 2
    assert "$.rule" in capsys.readouterr().err
    assert main(["mcle", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    monkeypatch.setattr(
        sys,
        "stdin",
        io.StringIO('{"event": {"name": "X", "kind": "symposium", "start": "2024-02-16", "end": "2024-02-16"}}'),
    )
    assert main(["events", "-", "--check"]) == 2
    assert "--check needs" in capsys.readouterr().err


def test_rules_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--domain", "recognition"]) == 0
    assert capsys.readouterr().out.endswith(" rule values\n")
    assert main(["rules", "--json", "--as-of", "2030-01-01"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["rules", "--domain", "nope"]) == 2
    assert "--domain: unknown domain" in capsys.readouterr().err
