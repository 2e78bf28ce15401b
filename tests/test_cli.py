"""The command line, through real subprocesses and in-process for coverage."""

from __future__ import annotations

import subprocess
import sys

import pytest

import calcities_domain
from calcities_domain.__main__ import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed arguments, our own module
        [sys.executable, "-m", "calcities_domain", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
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
