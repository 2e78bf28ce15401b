"""The examples of docs/cli.md, run as they are written.

Each ``{code-block} json`` with a ``:caption:`` is written to a file of that name in a
fresh folder; each ``$`` line of a ``console`` block is run there by the shell, with
``python -m calcities_domain`` meaning this interpreter, and what it prints (standard
output and standard error together) is compared with the lines that follow it, where
``...`` stands for any text, as in doctest. A last line ``[exit N]`` gives the exit code
expected (0 without it).
"""

from __future__ import annotations

import doctest
import re
import shlex
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
FENCE = re.compile(r"^```(\S+)")
EXIT = re.compile(r"^\[exit (\d+)\]$")


@attrs.frozen
class Example:
    line: int
    command: str
    expected: str
    exit_code: int


def _blocks(text: str) -> list[tuple[int, str, list[str]]]:
    """The fenced blocks of a page: (first line number, info string, lines)."""
    blocks: list[tuple[int, str, list[str]]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opened = FENCE.match(lines[index])
        if opened and opened.group(1):
            end = lines.index("```", index + 1)
            blocks.append((index + 1, opened.group(1), lines[index + 1 : end]))
            index = end
        index += 1
    return blocks


def files_and_examples(text: str) -> tuple[dict[str, str], list[Example]]:
    files: dict[str, str] = {}
    examples: list[Example] = []
    for first, info, lines in _blocks(text):
        if info == "{code-block}":
            caption = lines[0].removeprefix(":caption:").strip()
            assert lines[0].startswith(":caption:"), f"docs/cli.md line {first}: a code-block needs a caption"
            files[caption] = "\n".join(lines[2:]) + "\n"
        elif info == "console":
            starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
            for position, start in enumerate(starts):
                end = starts[position + 1] if position + 1 < len(starts) else len(lines)
                output = lines[start + 1 : end]
                code = 0
                if output and (found := EXIT.match(output[-1])):
                    code, output = int(found.group(1)), output[:-1]
                examples.append(Example(first + start + 1, lines[start][2:], "\n".join(output) + "\n", code))
    return files, examples


FILES, EXAMPLES = files_and_examples(PAGE.read_text(encoding="utf-8"))


def test_the_page_has_examples_of_every_command() -> None:
    commands_run = {example.command.split("python -m calcities_domain ")[1].split()[0] for example in EXAMPLES}
    assert commands_run == {"rules", "vote", "mcle", "events", "roster", "torch"}
    assert set(FILES) == {"vote.json", "mcle.json", "events.json", "refund.json", "roster.json", "torch.json"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"line{e.line}")
def test_console_example(example: Example, tmp_path: Path) -> None:
    for name, content in FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    command = example.command.replace(
        "python -m calcities_domain", f"{shlex.quote(sys.executable)} -m calcities_domain"
    )
    result = subprocess.run(  # noqa: S603 - the page's own commands, in a scratch folder
        ["bash", "-c", f"set -o pipefail; {command}"],  # noqa: S607 - the shell the page's reader uses
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        check=False,
    )
    checker = doctest.OutputChecker()
    assert checker.check_output(example.expected, result.stdout, doctest.ELLIPSIS), (
        f"docs/cli.md line {example.line}: {example.command}\n--- expected\n{example.expected}--- got\n{result.stdout}"
    )
    assert result.returncode == example.exit_code, f"docs/cli.md line {example.line}: exit {result.returncode}"


def test_the_reader_finds_files_exits_and_ellipses() -> None:
    """The page reader itself, on a small page: a file, two commands, an exit code."""
    page = "\n".join(
        [
            "```{code-block} json",
            ":caption: a.json",
            "",
            '{"a": 1}',
            "```",
            "",
            "```console",
            "$ one",
            "out",
            "[exit 1]",
            "$ two",
            "```",
        ]
    )
    files, examples = files_and_examples(page)
    assert files == {"a.json": '{"a": 1}\n'}
    assert examples == [Example(8, "one", "out\n", 1), Example(11, "two", "\n", 0)]
