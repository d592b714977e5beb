"""HTML, read by lxml's HTML parser (libxml2): a forgiving parser that builds a real tree from
the broken markup pages are made of. Page chrome goes: scripts, styles, navigation, headers,
footers, side bars, forms and anything hidden; where the page marks its content (`<main>`,
`<article>`, role="main") only that is read. Headings <h1>…<h6> make the heading path, `<pre>`
is code, a table row is a row, a list item an item; the title is the page's <title>, else its
first heading. Site chrome and repeated lines go as in plain text, since web pages carry both."""
from __future__ import annotations

import lxml.html
from lxml import etree

from .. import cleaning
from .blocks import CODE, ITEM, PARAGRAPH, ROW, Collector, Parsed

CHROME_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
               "button", "select", "svg", "iframe", "object", "canvas", "head", "menu", "dialog"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "li", "dd", "dt", "td", "th", "tr",
              "table", "ul", "ol", "dl", "pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
              "address", "details", "summary", "caption", "body", "center", "tbody", "thead", "tfoot"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}


def _is_chrome(element) -> bool:
    if not isinstance(element.tag, str):  # comments, processing instructions
        return True
    attrs = element.attrib
    return (element.tag in CHROME_TAGS or attrs.get("role", "").lower() in CHROME_ROLES
            or "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true"
            or "display:none" in attrs.get("style", "").replace(" ", "").lower())


def _text(element) -> str:
    """The words inside an element (chrome aside); <br> is a line break."""
    out: list[str] = []

    def visit(node) -> None:
        if _is_chrome(node):
            if node.tail:
                out.append(node.tail)
            return
        if node.tag == "br":
            out.append("\n")
        elif node.tag == "img" and node.get("alt"):
            out.append(node.get("alt"))
        if node.text:
            out.append(node.text)
        for child in node:
            visit(child)
        if node is not element and node.tail:
            out.append(node.tail)

    visit(element)
    return "".join(out)


class _Walker:
    def __init__(self):
        self.found = Collector()
        self.seen: set[str] = set()

    def add(self, kind: str, text: str) -> None:
        if kind != CODE:
            key = cleaning.line_key(text)
            if not key or cleaning.is_noise(" ".join(text.split())) or key in self.seen:
                return
            self.seen.add(key)
        self.found.add(kind, text)

    def walk(self, element, kind: str = PARAGRAPH) -> None:
        if _is_chrome(element):
            return
        tag = element.tag
        if tag in HEADINGS:
            self.found.heading(HEADINGS[tag], _text(element))
        elif tag == "pre":
            self.add(CODE, _text(element))
        elif tag == "tr":
            cells = [" ".join(_text(cell).split()) for cell in element if isinstance(cell.tag, str)
                     and cell.tag in ("td", "th")]
            self.add(ROW, " | ".join(c for c in cells if c))
        elif tag in ("li", "dt", "dd"):
            self.mixed(element, ITEM)
        else:
            self.mixed(element, kind)

    def mixed(self, element, kind: str) -> None:
        """An element holding text and blocks: runs of inline text between blocks are
        paragraphs of their own; blocks are walked."""
        run: list[str] = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child.tag in HEADINGS):
                self.add(kind, "".join(run))
                run = []
                self.walk(child, kind)
            elif not _is_chrome(child):
                run.append(_text(child))
            if child.tail:
                run.append(child.tail)
        self.add(kind, "".join(run))


def _content_root(root):
    for path in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(path)
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def read(text: str) -> Parsed:
    if not text.strip():
        return Parsed()
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):  # nothing a parser can make a tree of
        return Parsed()
    title = root.findtext(".//title")
    walker = _Walker()
    walker.walk(_content_root(root))
    return walker.found.parsed(title.strip() if title else None)
