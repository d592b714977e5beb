"""reStructuredText, read by docutils, the reference parser, then walked as a tree of nodes.

docutils finds the structure (sections, paragraphs, lists, tables, code, directives); each
block's text is then the file's own characters, taken from the raw source docutils keeps with
every text element: :meth:`~Client.setup_hook`, ``on_ready`` and **bold** are quoted as
written, so a quote can be found in the file as it is. Only wrapped lines are joined, and a
paragraph's closing "::" (which announces the code after it) reads as docutils shows it
("Example::" is "Example:", "Example: ::" is "Example:"). The markup stays out of the index's
words (`corpus/markup.py`). Section titles are headings, shown beside an excerpt, not quoted:
they keep their rendered text (:class:`Intents` is "Intents").

Docutils alone knows none of Sphinx's roles and directives, and would report each as an error
and keep its markup as text. So before parsing, the roles and directives a file uses that
docutils does not know are given meanings (only for the duration of the parse: docutils' own
tables are put back afterwards, so a host that uses docutils sees no change):
- a role's text is what a rendered title shows: :meth:`~Client.setup_hook` is
  "Client.setup_hook", and :ref:`the FAQ <faq>` is "the FAQ" (a leading ~ or . only changes
  how Sphinx abbreviates);
- code-block and sourcecode are code; versionadded, versionchanged, deprecated, seealso and
  the like keep their text, not their version line; a description of a Python object
  (function, method, class, attribute...) is a section headed by its signature;
- whatever else Sphinx adds (autoclass, currentmodule, toctree, attributetable...) pulls in
  text from elsewhere or sets how pages are built: it is not prose, and leaves nothing.
The parser's transforms are not run: they resolve references between documents, which a
search over words does not need.
"""
from __future__ import annotations

import io
import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from docutils import frontend, nodes, utils
from docutils.parsers.rst import Directive, Parser, directives, roles
from docutils.parsers.rst.languages import en

from .blocks import CODE, ITEM, PARAGRAPH, ROW, Collector, Parsed

CODE_DIRECTIVES = {"code-block", "sourcecode"}
VERSION_DIRECTIVES = {"versionadded", "versionchanged", "versionremoved", "deprecated"}
PROSE_DIRECTIVES = {"seealso", "centered", "hlist", "only", "glossary", "tab", "card", "tip"}
OBJECT_DIRECTIVES = {"function", "method", "class", "attribute", "data", "exception", "decorator",
                     "decoratormethod", "coroutinefunction", "coroutinemethod", "classmethod",
                     "staticmethod", "property", "describe", "object", "event", "option", "envvar"}
TEXT_ROLES = {"ref", "doc", "term", "numref", "keyword", "option", "envvar", "issue", "pep", "rfc"}

_ROLE = re.compile(r"(?<![\w`]):((?:[^\W_]|[-.+:](?=[^\W_]))+):`")
_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+([^\W_][\w.:+-]*)[ \t]*::", re.MULTILINE)
_TARGET = re.compile(r"^(.*?)\s*<([^<>]+)>$", re.DOTALL)
# A paragraph's closing "::" (not escaped) announces a literal block.
_LITERAL_MARK = re.compile(r"(?<!\\)(?:\\\\)*::\Z")


# -- what Sphinx's roles and directives mean here ---------------------------------------------

def _reference_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """Any cross-reference role: the text a reader sees."""
    text = utils.unescape(text)
    titled = _TARGET.match(text)
    shown = titled.group(1) if titled and titled.group(1) else (titled.group(2) if titled else text)
    shown = shown.lstrip("~.!") or text
    node = nodes.Text(shown) if name.split(":")[-1] in TEXT_ROLES else nodes.literal(rawtext, shown)
    return [node], []


class _AnyOptions(dict):
    """Accepts every option a Sphinx directive may take (:members:, :caption:...)."""

    def __missing__(self, key):
        return directives.unchanged

    def __bool__(self) -> bool:
        return True


class _Silent(Directive):
    """A directive that leaves nothing: it is about building pages, not prose."""

    optional_arguments = 100
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOptions()

    def run(self):
        return []


class _Code(_Silent):
    def run(self):
        return [nodes.literal_block("\n".join(self.content), "\n".join(self.content))]


class _Prose(_Silent):
    """Text to keep: its argument (a "see also" line) and its content."""

    optional_arguments = 1
    leading = 0  # arguments that are not text: a version number

    def run(self):
        container = nodes.container()
        text = "\n".join(self.arguments[self.leading:])
        if text:
            inline, _ = self.state.inline_text(text, self.lineno)
            container += nodes.paragraph(text, "", *inline)
        self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _Version(_Prose):
    """versionadded 2.0 [text]: the version is not prose, the text is."""

    optional_arguments = 2
    leading = 1


class described(nodes.General, nodes.Element):
    """A Python object's description: its text under its signature."""


class _Object(_Silent):
    def run(self):
        node = described(signature=" ".join(self.arguments))
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


def _meaning(name: str) -> type[Directive]:
    bare = name.split(":")[-1]
    if bare in CODE_DIRECTIVES:
        return _Code
    if bare in VERSION_DIRECTIVES:
        return _Version
    if bare in PROSE_DIRECTIVES:
        return _Prose
    if bare in OBJECT_DIRECTIVES:
        return _Object
    return _Silent


@contextmanager
def _sphinx_names(text: str) -> Iterator[None]:
    """Meanings for the roles and directives of `text` that docutils does not know, for the
    duration of one parse; docutils' own tables are put back afterwards."""
    saved_roles, saved_directives = roles._roles, directives._directives
    new_roles = {name.lower(): _reference_role for name in set(_ROLE.findall(text))
                 if name.lower() not in en.roles and name.lower() not in roles._role_registry}
    new_directives = {name.lower(): _meaning(name.lower()) for name in set(_DIRECTIVE.findall(text))
                      if name.lower() not in en.directives or name.lower() in CODE_DIRECTIVES}
    roles._roles = {**saved_roles, **new_roles}
    directives._directives = {**saved_directives, **new_directives}
    try:
        yield
    finally:
        roles._roles, directives._directives = saved_roles, saved_directives


@lru_cache(maxsize=1)
def _settings():
    settings = frontend.get_default_settings(Parser)
    settings.report_level = 5  # parse quietly: problems stay in the tree, never on stderr
    settings.halt_level = 5  # and never stop the parse
    settings.warning_stream = io.StringIO()
    settings.file_insertion_enabled = False  # `include` must not read other files
    settings.raw_enabled = False
    settings.line_length_limit = 10**9  # a very long line is text, not an error
    return settings


def parse_tree(text: str) -> nodes.document:
    document = utils.new_document("<rst>", _settings())
    with _sphinx_names(text):
        Parser().parse(text, document)
    return document


# -- the tree, walked into blocks -------------------------------------------------------------

def quoted(node: nodes.Element) -> str:
    """A text element's own characters in the file (docutils keeps them as its raw source),
    indentation and list markers aside; its rendered text when it has none."""
    raw = node.rawsource
    if not raw or not raw.strip():
        return node.astext()
    raw = raw.rstrip()
    if isinstance(node, nodes.paragraph) and _LITERAL_MARK.search(raw):
        # As docutils shows it: "Example::" is "Example:", and "Example: ::" is "Example:".
        raw = raw[:-3].rstrip() if raw[-3:-2].isspace() else raw[:-1]
    return raw


def _marker(listing: nodes.Element, number: int) -> str:
    """A list item's marker: its bullet, or its number with what frames it ("2.", "(3)")."""
    return listing.get("bullet") or f"{listing.get('prefix', '')}{number}{listing.get('suffix', '.')}"


def quoted_all(node: nodes.Element) -> str:
    """The text of every text element inside `node`, each quoted as written; a list's items
    with their markers, as the file shows them."""
    if isinstance(node, nodes.TextElement):
        return quoted(node)
    if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        return "\n".join(f"{_marker(node, number)} {quoted_all(item)}"
                         for number, item in enumerate(node.children, node.get("start", 1)))
    return "\n".join(quoted_all(child) for child in node.children if isinstance(child, nodes.Element))


_SKIPPED = (nodes.comment, nodes.target, nodes.system_message, nodes.substitution_definition,
            nodes.raw, nodes.pending, nodes.transition, nodes.image, nodes.title)


class _Walker:
    def __init__(self):
        self.found = Collector()
        self.depth = 0

    def under(self, heading: str, children) -> None:
        """Walk `children` under one more heading; the path is back as it was afterwards."""
        saved = list(self.found.outline.levels)
        self.depth += 1
        self.found.heading(self.depth, heading)
        for child in children:
            self.walk(child)
        self.depth -= 1
        self.found.outline.levels = saved

    def introduced(self, listing: nodes.Element) -> bool:
        """Is this list introduced by the paragraph just read (ending with ':'), and made of
        prose only (no code, no nested blocks that need blocks of their own)?"""
        before = listing.previous_sibling()
        last = self.found.blocks[-1] if self.found.blocks else None
        return (isinstance(before, nodes.paragraph) and last is not None and last.kind != CODE
                and last.text.endswith(":") and last.text == " ".join(quoted(before).split())
                and not any(isinstance(n, (nodes.literal_block, nodes.table, nodes.doctest_block))
                            for n in listing.findall()))

    def walk(self, node: nodes.Node, kind: str = PARAGRAPH) -> None:
        if isinstance(node, nodes.section):
            title = node.next_node(nodes.title)
            self.under(title.astext() if title is not None else "", node.children)
        elif isinstance(node, described):
            self.under(node["signature"], node.children)
        elif isinstance(node, _SKIPPED):
            return
        elif isinstance(node, (nodes.literal_block, nodes.doctest_block)):
            self.found.add(CODE, node.astext())
        elif isinstance(node, nodes.row):
            self.found.add(ROW, " | ".join(quoted_all(entry).strip() for entry in node.children))
        elif isinstance(node, nodes.field):
            name, body = node[0].astext(), quoted_all(node[1]) if len(node) > 1 else ""
            if body.strip():
                self.found.add(ITEM, f":{name}: {body}")
        elif isinstance(node, (nodes.bullet_list, nodes.enumerated_list)) and self.introduced(node):
            # A list right under a line that ends with ":" belongs with it: its items join
            # that block, markers and all, so that the quote is still the source's words.
            self.found.extend(quoted_all(node))
        elif isinstance(node, (nodes.list_item, nodes.definition_list_item, nodes.option_list_item)):
            for child in node.children:
                self.walk(child, ITEM)
        elif isinstance(node, nodes.option_group):
            self.found.add(ITEM, node.astext())
        elif isinstance(node, nodes.term):
            self.found.add(ITEM, quoted(node))
        elif isinstance(node, nodes.TextElement):  # a paragraph, a line, a rubric, a caption
            self.found.add(kind, quoted(node))
        else:  # lists, tables, notes, quotes, containers: what they hold
            for child in node.children:
                self.walk(child, kind)


def read(text: str) -> Parsed:
    walker = _Walker()
    for child in parse_tree(text).children:
        walker.walk(child)
    return walker.found.parsed()
