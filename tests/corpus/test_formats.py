"""A corpus folder as people have it: Markdown, reStructuredText, HTML, PDF, Word, plain text.

Each test drops a document in a folder, asks a question, and reads what a user reads: the
excerpt (the source's own characters, markup and all, found in the file as written), its
title, file, section and page."""
import io
import re

import docx
import pytest

from corpus import Index

MARKUP = re.compile(r":\w+:`|\.\. [\w-]+::|^[=\-~^+#*]{3,}$|\|\w+\|", re.MULTILINE)


def ask(folder, question):
    return Index.build(folder).search(question)


def test_markdown_wrapped_lines_join_and_headings_cite_the_section(tmp_path):
    (tmp_path / "Article 1382.md").write_text(
        "Article 1382\n----\n\n"
        "Tout fait quelconque de l'homme, qui cause à autrui un dommage, oblige celui par la\n"
        "faute duquel il est arrivé à le réparer, avec dommages-\nintérêts s'il y a lieu.\n",
        encoding="utf-8")
    hit = ask(tmp_path, "Qui doit réparer le dommage causé à autrui ?").results[0]
    assert hit.title == "Article 1382"
    assert hit.section == "Article 1382" and hit.path == "Article 1382.md"
    assert "oblige celui par la faute duquel" in hit.excerpt  # one sentence, not two lines
    assert "dommages-intérêts" in hit.excerpt
    assert "----" not in hit.excerpt and "Article" not in hit.excerpt


def test_markdown_code_is_found_by_its_identifiers_and_shown_as_code(tmp_path):
    (tmp_path / "guide.md").write_text(
        "# Guide\n\n## Starting\n\nCreate the client, then run it:\n\n"
        "```python\nclient = make_client()\nclient.run(token)\n```\n\n"
        "```python\nclient = make_client()\nclient.run(token)\n```\n", encoding="utf-8")
    index = Index.build(tmp_path)
    hit = index.search("make_client").results[0]
    assert hit.code and hit.excerpt == "client = make_client()\nclient.run(token)"
    assert hit.section == "Guide › Starting"
    assert index.sources[0].passages == 3  # the repeated block is kept: code is never "chrome"


SPHINX_FAQ = """\
:orphan:

.. currentmodule:: discord

.. _faq:

Frequently Asked Questions
===========================

.. contents:: Questions
    :local:

Coroutines
------------

How do I send a DM?
~~~~~~~~~~~~~~~~~~~~~~

Get the :class:`User` or :class:`Member` object and call :meth:`~.User.send`. For example:
|coroutine_link|_ explains what awaiting means.

.. code-block:: python3
    :emphasize-lines: 2

    user = client.get_user(381870129706958858)
    await user.send('👀')

.. versionadded:: 2.0
    Direct messages to yourself are refused.

.. autoclass:: discord.Client
    :members:

.. note::

    See :ref:`the intents page <intents_primer>` for :attr:`Intents.members`.
"""


def in_file(excerpt: str, source: str) -> bool:
    """The excerpt stands in the file as written, once wrapped lines are joined (each piece
    between the ellipses that mark a cut)."""
    flat = " ".join(source.split())
    return all(" ".join(piece.split()) in flat for piece in excerpt.split("…"))


def highlighted(hit) -> list[str]:
    return [hit.excerpt[start:end] for start, end in hit.highlights]


def test_sphinx_rest_is_quoted_as_written_and_its_markup_is_not_searched(tmp_path):
    (tmp_path / "faq.rst").write_text(SPHINX_FAQ, encoding="utf-8")
    index = Index.build(tmp_path)
    assert index.sources[0].title == "Frequently Asked Questions"
    answer = index.search("How do I send a DM?", k=5)
    hit = answer.results[0]
    assert hit.excerpt.startswith(
        "Get the :class:`User` or :class:`Member` object and call :meth:`~.User.send`. For example:")
    assert highlighted(hit) == ["send"]
    assert hit.section == "Frequently Asked Questions › Coroutines › How do I send a DM?"
    assert all(in_file(h.excerpt, SPHINX_FAQ) for h in answer.results)
    code = index.search("get_user").results[0]
    assert code.code and code.excerpt.startswith("user = client.get_user(")
    # A directive's body, quoted as written (a short block, it reads on into the next block).
    assert index.search("refused").results[0].excerpt.startswith("Direct messages to yourself are refused.")
    note = index.search("intents page").results[0]
    assert note.excerpt == "See :ref:`the intents page <intents_primer>` for :attr:`Intents.members`."
    assert highlighted(note) == ["intents", "page", "Intents"]  # not the target, not the roles
    assert index.search("Intents.members").results[0].excerpt == note.excerpt
    # Directives, role names and a reference's target are markup, not words of the document.
    assert index.search("autoclass currentmodule orphan emphasize").abstained
    assert index.search("meth attr").abstained
    assert index.search("primer").abstained


def test_a_rest_list_under_its_introduction_is_quoted_with_its_markers(tmp_path):
    source = ("Changes\n=======\n\nFor :class:`Bot` the following changed:\n\n"
              "- Changed :attr:`~.Bot.commands` to be a :class:`set` without aliases.\n\n"
              "    - Use :attr:`~.Bot.all_commands` to get the old :class:`dict`.\n\n"
              "Example::\n\n    bot.all_commands\n")
    (tmp_path / "changes.rst").write_text(source, encoding="utf-8")
    index = Index.build(tmp_path)
    hit = index.search("How do I get the old dict of all commands?").results[0]
    assert hit.excerpt.endswith("- Use :attr:`~.Bot.all_commands` to get the old :class:`dict`.")
    assert in_file(hit.excerpt, source)
    # A paragraph announcing code ends as docutils shows it: "Example::" reads "Example:", and
    # the code it announces follows it once.
    assert [h.excerpt for h in index.search("show me an example", k=3).results] == ["Example: … bot.all_commands"]


def test_a_short_answer_is_never_read_in_a_link_address(tmp_path):
    (tmp_path / "team.rst").write_text(
        "Team\n====\n\nThe library is maintained by the author, see `the repository "
        "<https://github.com/Rapptz/discord.py>`_ for details.\n", encoding="utf-8")
    hit = Index.build(tmp_path).search("Who maintains the library?").results[0]
    assert "<https://github.com/Rapptz/discord.py>`_" in hit.excerpt
    assert highlighted(hit) == ["library", "maintained"]  # "Rapptz" is in the address: no name


def test_markdown_is_quoted_as_written_and_a_link_is_searched_by_its_text(tmp_path):
    source = ("# Setup\n\nRun the **installer** first, then read [the setup guide](https://example.org/"
              "wizard-docs \"Wizard\") and the\n`config.toml` notes.\n")
    (tmp_path / "setup.md").write_text(source, encoding="utf-8")
    index = Index.build(tmp_path)
    hit = index.search("where is the setup guide?").results[0]
    assert hit.excerpt == ("Run the **installer** first, then read [the setup guide](https://example.org/"
                           "wizard-docs \"Wizard\") and the `config.toml` notes.")
    assert highlighted(hit) == ["setup", "guide"] and hit.section == "Setup"
    assert index.search("config.toml").results[0].excerpt == hit.excerpt
    assert index.search("wizard example.org https").abstained  # the link's address is not text


def test_html_pages_lose_their_chrome_and_keep_their_headings(tmp_path):
    (tmp_path / "comte.html").write_text(
        "<html><head><title>Le comté</title><script>trackVisitor()</script></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/boutique'>Boutique de fromages</a></nav>"
        "<main><h1>Le comté</h1><h2>Affinage</h2><p>Le comté est affiné pendant au moins"
        "\n quatre mois en cave.</p><table><tr><th>Âge</th><th>Goût</th></tr>"
        "<tr><td>18 mois</td><td>fruité</td></tr></table></main>"
        "<footer>Boutique de fromages, mentions légales</footer></body></html>", encoding="utf-8")
    index = Index.build(tmp_path)
    hit = index.search("Combien de temps le comté est-il affiné ?").results[0]
    assert index.sources[0].title == "Le comté"
    assert hit.excerpt == "Le comté est affiné pendant au moins quatre mois en cave."
    assert hit.section == "Le comté › Affinage"
    assert index.search("18 mois").results[0].excerpt == "18 mois | fruité"
    assert index.search("boutique accueil trackVisitor").abstained


def test_a_pdf_is_read_page_by_page_and_cited_with_its_page(tmp_path, make_pdf):
    (tmp_path / "reglement.pdf").write_bytes(make_pdf([
        ["Règlement du club", "", "Article premier", "Le club est ouvert à toute personne majeure."],
        ["Article 2", "La cotisation annuelle est fixée à trente euros et se paie",
         "en septembre, au plus tard le trente."],
    ], title="Règlement intérieur"))
    index = Index.build(tmp_path)
    hit = index.search("Quand payer la cotisation ?").results[0]
    assert index.sources[0].title == "Règlement intérieur"
    assert hit.page == 2 and hit.location.startswith("p. 2 · ¶")
    assert "fixée à trente euros et se paie en septembre" in hit.excerpt
    assert hit.to_json()["page"] == 2


def test_a_word_document_gives_its_headings_and_table_rows(tmp_path):
    document = docx.Document()
    document.add_heading("Tarifs", 1)
    document.add_paragraph("Les tarifs changent au premier janvier.")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Formule", (0, 1): "Prix", (1, 0): "Annuelle", (1, 1): "120 euros"}.items():
        table.cell(r, c).text = text
    data = io.BytesIO()
    document.save(data)
    (tmp_path / "tarifs.docx").write_bytes(data.getvalue())
    index = Index.build(tmp_path)
    hit = index.search("annuelle").results[0]
    assert hit.excerpt == "Annuelle | 120 euros" and hit.section == "Tarifs"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_french_text_is_read_in_the_encoding_it_was_saved_in(tmp_path, caplog, encoding):
    text = "Le crème brûlée se déguste à température ambiante, après l'été."
    (tmp_path / "dessert.txt").write_bytes(text.encode(encoding))
    with caplog.at_level("INFO", logger="corpus"):
        hit = ask(tmp_path, "crème brûlée").results[0]
    assert hit.excerpt == text
    said = {"utf-8-sig": "as utf-8-sig (its byte-order mark", "utf-16": "as utf-16 (its byte-order mark",
            "cp1252": "as cp1252 (not UTF-8; the encoding was guessed)"}
    assert f"dessert.txt {said[encoding]}" in caplog.text


def test_a_wiki_page_s_front_matter_gives_its_title_and_is_not_text(tmp_path):
    (tmp_path / "accueil.md").write_text(
        "---\ntitle: \"Wiki du club\"\nlayout: page\n---\n\n# Accueil\n\nLe club se réunit le mardi soir.\n",
        encoding="utf-8")
    index = Index.build(tmp_path)
    assert index.sources[0].title == "Wiki du club"
    assert index.search("layout page").abstained
    assert index.search("Quand le club se réunit-il ?").results[0].section == "Accueil"


def test_a_list_stays_with_the_line_that_introduces_it(tmp_path):
    (tmp_path / "Article 229.md").write_text(
        "Article 229\n----\nLe divorce peut être prononcé en cas :\n\n- soit de consentement mutuel ;\n\n"
        "- soit de faute.\n", encoding="utf-8")
    hit = ask(tmp_path, "Dans quels cas le divorce peut-il être prononcé ?").results[0]
    assert hit.excerpt == "Le divorce peut être prononcé en cas : - soit de consentement mutuel ; - soit de faute."


def test_a_line_announcing_code_under_a_matching_heading_shows_the_code(tmp_path):
    (tmp_path / "faq.md").write_text(
        "# FAQ\n\n## How do I start the client?\n\nQuick example:\n\n```python\nclient.start(token)\n```\n\n"
        "## Something else\n\nOther text about nothing.\n", encoding="utf-8")
    hit = ask(tmp_path, "How do I start the client?").results[0]
    assert hit.code and hit.excerpt == "client.start(token)"
    assert hit.section == "FAQ › How do I start the client?"


def test_a_code_excerpt_reaches_the_deep_line_its_indentation_would_have_pushed_out(tmp_path):
    code = (
        "class Reminders(commands.Cog):\n"
        "    def __init__(self, bot):\n"
        "        self.bot = bot\n"
        "        self.pending = {}\n"
        "\n"
        "    @commands.Cog.listener()\n"
        "    async def on_member_update(self, old, new):\n"
        "        if old.status != new.status:\n"
        "            channel = new.guild.system_channel\n"
        "            if channel:\n"
        "                await channel.send(f'{new.name} is {new.status}')\n"
        "\n"
        "    @commands.command()\n"
        "    async def remind(self, ctx, *, text):\n"
        "        self.pending[ctx.author.id] = text\n")
    (tmp_path / "cogs.md").write_text(f"# Cogs\n\n```python\n{code}```\n", encoding="utf-8")
    hit = ask(tmp_path, "how do my reminders announce a member update").results[0]
    # 360 characters of code down to the line that sends, 76 of them indentation: what is read
    # fits in an excerpt, so the line that answers is quoted with the class it stands in.
    assert hit.code and hit.excerpt.startswith("class Reminders(commands.Cog):\n    def __init__")
    assert "                await channel.send(f'{new.name} is {new.status}')" in hit.excerpt


def test_a_code_excerpt_deep_in_a_long_block_starts_on_a_whole_line(tmp_path):
    lines = [f"    value_{n} = compute_something_else({n}, scale=100)" for n in range(12)]
    lines[9] = "    archive = store.compress_everything(older_than=days(30))"
    code = "def nightly(store):\n" + "\n".join(lines) + "\n"
    (tmp_path / "jobs.md").write_text(f"# Jobs\n\n```python\n{code}```\n", encoding="utf-8")
    hit = ask(tmp_path, "compress everything older than 30 days").results[0]
    first = hit.excerpt.removeprefix("…").splitlines()[0]
    assert hit.code and hit.excerpt.startswith("…")
    assert first in code.splitlines() and "compress_everything" in hit.excerpt


def test_a_text_pasted_from_the_web_keeps_its_underlined_heading_and_loses_its_rules(tmp_path):
    (tmp_path / "club.txt").write_text(
        "Le club de lecture\n\n   Le club se réunit chaque mardi soir à la médiathèque.   \n\n"
        "~~~~~~~~\n\nHoraires d'été\n==============\n\n"
        "En juillet et en août, les séances ont lieu le jeudi à dix-huit heures.\n\n"
        "- Apportez le livre du mois.\n", encoding="utf-8")
    hit = ask(tmp_path, "Quand ont lieu les séances en août ?").results[0]
    assert hit.section == "Horaires d'été" and hit.path == "club.txt"
    assert "le jeudi à dix-huit heures" in hit.excerpt
    assert "====" not in hit.excerpt and "~~~" not in hit.excerpt
    hit = ask(tmp_path, "Quel soir le club se réunit-il ?").results[0]
    assert "Le club se réunit chaque mardi soir à la médiathèque." in hit.excerpt
    assert "~~~" not in hit.excerpt
