"""A check the display tests share: the HTML a result shows in a notebook is well formed.

Parsed with the standard library's :class:`html.parser.HTMLParser`: every element opened
is closed, in order (``<br>`` has no end tag), the whole is one ``<table>``, and no text
stands outside a cell or the caption.
"""

from __future__ import annotations

from html.parser import HTMLParser

VOID = frozenset({"br"})


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.top: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        if not self.open:
            self.top.append(tag)
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in ("table", "tr"):
            # Between rows: only the line breaks that keep the markup readable.
            if data.strip():
                self.problems.append(f"text {data!r} outside a cell")
            return
        self.text.append(data)


def well_formed(markup: str) -> str:
    """The text the markup shows, once it is checked to be one well-formed table."""
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    assert parser.problems == []
    assert parser.open == []
    assert parser.top == ["table"]
    return "".join(parser.text)


def shows(markup: str, *texts: str, in_order: bool = False) -> str:
    """The text the markup shows, once it is checked well formed and to show each of ``texts``.

    With ``in_order``, the texts must show in the order given.
    """
    shown = well_formed(markup)
    assert [text for text in texts if text not in shown] == []
    if in_order:
        places = [shown.index(text) for text in texts]
        assert places == sorted(places)
    return shown
