"""Asking in one's own words: the passage that answers ranks first, not one that merely
shares the question's words."""
from pathlib import Path

import pytest

from corpus import Index

FAQ = """# Frequently asked questions

## General

### Why does the bot take so long to start?

Discord now sends the member lists of one server per request, which makes the start slow on
large bots: a bot in many servers waits for every list before it reports that it is ready.

The first solution is to start the bot with fewer members, so that the bot takes less time to
start.

The second solution is to turn member chunking off and fetch members later when needed.

### How do I send a file?

Pass a File object to the send method of the channel. The bot uploads it with the message.

## Starting

The bot takes a token and starts with the run method. Starting a bot is slow when it is
in many servers, and so is stopping it: a long start and a long stop take many requests.
"""


@pytest.fixture(scope="module")
def faq_index(tmp_path_factory) -> Index:
    folder: Path = tmp_path_factory.mktemp("faq")
    (folder / "faq.md").write_text(FAQ, encoding="utf-8")
    (folder / "guide.md").write_text(
        "# Guide\n\nA bot answers in the channels it can read. Requests to Discord are limited "
        "per route, and a bot that sends too many waits for its turn.\n", encoding="utf-8")
    return Index.build(folder)


def corpus_of(folder: Path, **files: str) -> Index:
    """An index of Markdown documents, each named by its keyword and holding its text."""
    for name, text in files.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return Index.build(folder)


def test_a_question_restating_an_english_heading_gets_the_text_that_opens_its_section(faq_index):
    top = faq_index.search("Why does my bot take so long to start?").results[0]
    assert top.section.endswith("Why does the bot take so long to start?")
    assert top.excerpt.startswith("Discord now sends the member lists")


def test_a_bare_word_gets_the_passage_that_defines_it(tmp_path):
    articles = {
        "Article 1": "L'antichrèse s'éteint par la remise de l'immeuble : l'antichrèse cesse alors.",
        "Article 2": "L'antichrèse des fruits ne s'étend pas aux récoltes passées de l'antichrèse.",
        "Article 3": "L'antichrèse est le contrat par lequel un débiteur remet un immeuble à son créancier, "
                     "qui en perçoit les fruits et les impute sur les intérêts puis sur le capital de sa créance.",
        "Article 4": "L'antichrèse se prouve par écrit, comme toute antichrèse.",
    }
    top = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()}).search(
        "antichrèse").results[0]
    assert top.doc == "Article 3"
    assert top.excerpt.startswith("L'antichrèse est le contrat")


def test_a_bare_word_gets_its_own_definition_not_one_that_names_it(tmp_path):
    articles = {
        "Article 1": "L'usufruit est le droit de jouir des choses dont un autre a la propriété.",
        "Article 2": "Selon la loi, la propriété est le droit de jouir et disposer des choses de la manière la "
                     "plus absolue, pourvu qu'on n'en fasse pas un usage prohibé par les lois ou par les règlements.",
    }
    top = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()}).search(
        "propriété").results[0]
    assert top.doc == "Article 2"


def test_a_definition_that_opens_with_its_subject_answers_what_it_is(tmp_path):
    articles = {
        "Article 1": "Le mandat finit par la mort du mandataire.",
        "Article 2": "Le mandataire répond du mandat et des fautes commises dans sa gestion du mandat.",
        "Article 3": "Le mandat ou procuration est un acte par lequel une personne donne à une autre le "
                     "pouvoir de faire quelque chose pour le mandant et en son nom.",
        "Article 4": "Le mandat est gratuit, sauf convention contraire ; le mandat peut être spécial.",
    }
    index = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()})
    assert index.search("Qu'est-ce que le mandat ?").results[0].doc == "Article 3"


def test_a_question_of_one_word_is_not_quoted_by_its_stop_words(tmp_path):
    articles = {
        "Article 1": "Le titulaire d'un droit autre que la propriété ne peut être inscrit sur le registre.",
        "Article 2": "La propriété est le droit de jouir et disposer des choses de la manière la plus absolue.",
    }
    index = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()})
    assert index.search("Qu'est-ce que la propriété ?").results[0].doc == "Article 2"


def test_a_paragraph_is_read_with_the_rest_of_its_article(tmp_path):
    # Article 10 answers in two paragraphs, the second saying "Il" for the deposit the first
    # names; Article 12 names the deposit, and says nothing of its return.
    index = corpus_of(
        tmp_path,
        **{"Article 10": "Article 10\n----\nLe dépôt de garantie est versé par le locataire à l'entrée dans les "
                         "lieux.\n\nIl est restitué dans un délai de deux mois après la remise des clés.\n",
           "Article 11": "Article 11\n----\nLe délai de préavis court après la remise du congé.\n",
           "Article 12": "Article 12\n----\nLe dépôt de garantie est dû.\n"})
    assert index.search("dépôt de garantie restitué délai").results[0].doc == "Article 10"


def test_a_question_that_quotes_a_section_title_gets_that_section(tmp_path):
    index = corpus_of(
        tmp_path,
        guarantees="# Version guarantees\n\n"
            "## Examples of Breaking Changes\n\n"
            "- Renaming a function without an alias to the old function.\n"
            "- Removing a parameter from a method.\n\n"
            "## Examples of Non-Breaking Changes\n\n"
            "- Changes in the typing behaviour.\n"
            "- Changes in the documentation.\n",
        intro="# Introduction\n\nThis library wraps the API. Install the library with pip, then read the "
            "quick start.\n",
    )
    top = index.search("What are examples of breaking changes in the library?").results[0]
    assert top.section.endswith("Examples of Breaking Changes")


def test_a_number_typed_in_digits_finds_it_spelt_out(tmp_path):
    articles = {
        "Article 144": "Le mariage ne peut être contracté avant dix-huit ans révolus.",
        "Article 145": "Le procureur de la République peut accorder des dispenses d'âge pour des motifs graves.",
        "Article 146": "Il n'y a pas de mariage lorsqu'il n'y a point de consentement.",
        "Article 2262": "Toutes les actions sont prescrites par trente ans.",
    }
    index = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()})
    assert index.search("Peut-on se marier à 18 ans ?").results[0].doc == "Article 144"
    assert index.search("une action se prescrit en 30 ans ?").results[0].doc == "Article 2262"


def test_a_question_on_a_section_subject_gets_that_section_not_a_subsection_sharing_its_word(tmp_path):
    index = corpus_of(
        tmp_path,
        cogs="# Cogs\n\n"
            "A cog is a Python class you use to gather commands, listeners and state into one place.\n\n"
            "## Cog Registration\n\n"
            "Register each cog with the bot to use it.\n\n"
            "## Cog Removal\n\n"
            "A cog you no longer use is removed by its name.\n",
        intro="# Introduction\n\nThis library wraps the API. Install it with pip, then read the quick "
            "start to use it.\n",
    )
    top = index.search("How do I use a cog?").results[0]
    assert top.section == "Cogs"
    assert top.excerpt.startswith("A cog is a Python class")


def test_a_question_word_the_passage_lacks_does_not_part_the_words_it_holds_in_order(tmp_path):
    index = corpus_of(
        tmp_path,
        files="# Files\n\n"
            "Under its message, the URL of each file you upload is shown.\n\n"
            "From the web, a file is uploaded by its URL over HTTP, then sent on to the channel.\n",
        embeds="# Embeds\n\nAn image shows inside an embed, beside its title.\n",
    )
    top = index.search("how upload image from url").results[0]
    assert top.excerpt.startswith("From the web, a file is uploaded by its URL")


def test_a_line_pasted_from_a_document_finds_it_before_a_heading_naming_its_one_word_among_others(tmp_path):
    index = corpus_of(
        tmp_path,
        animation="# Montage et cinéma d'animation\n\n"
            "Le cinéma d'animation demande un montage patient, image par image.\n",
        souvenirs="# Souvenirs\n\n"
            "Elle dit que le cinéma est pour elle une seconde maison, depuis l'enfance.\n",
    )
    top = index.search("que le cinéma est pour elle").results[0]
    assert top.doc == "souvenirs"
    assert "que le cinéma est pour elle" in top.excerpt


def test_a_line_pasted_whole_finds_it_before_the_section_its_one_subject_word_heads(tmp_path):
    index = corpus_of(
        tmp_path,
        montage="# Montage et étalonnage\n\n"
            "Le montage assemble les plans, puis l'étalonnage accorde leurs couleurs.\n",
        souvenirs="# Souvenirs\n\n"
            "Sa grand-mère racontait ses années d'atelier, les bobines rangées sur les étagères, les nuits "
            "passées à couper la pellicule, les disputes avec les réalisateurs pressés et les fêtes de fin de "
            "tournage; elle disait que pour elle le montage est tout, depuis ses débuts à la télévision "
            "régionale.\n",
    )
    top = index.search("que pour elle le montage est").results[0]
    assert top.doc == "souvenirs"
    assert "que pour elle le montage est" in top.excerpt



BOT_GUIDE = {
    "events": "# Events\n\nThe bot can see each message it receives, and reads the content of a message "
              "in the on_message event to answer commands.\n",
    "intents": "# Intents\n\nSome data is only sent when its intent is enabled.\n\n"
               "    intents = discord.Intents.default()\n    intents.message_content = True\n"
               "    bot = commands.Bot(command_prefix='!', intents=intents)\n",
}


def test_an_identifier_spelt_as_words_finds_the_passage_that_names_it(tmp_path):
    top = corpus_of(tmp_path, **BOT_GUIDE).search("my bot gets no message content").results[0]
    assert top.doc == "intents"
    assert "intents.message_content = True" in top.excerpt


def test_words_that_only_happen_to_stand_side_by_side_name_no_identifier(tmp_path):
    top = corpus_of(tmp_path, **BOT_GUIDE).search("what does the bot do with a message it receives").results[0]
    assert top.doc == "events"


def test_a_question_asking_which_version_gets_the_passage_that_gives_one_highlighted(tmp_path):
    index = corpus_of(
        tmp_path,
        intro="# Installing\n\nThe library needs Python 3.8 or higher: earlier versions of Python are not "
              "supported.\n",
        style="# Style\n\nEach version of the library is written in modern Python, with what a Python "
              "programmer needs and expects.\n")
    top = index.search("Which version of Python do I need for the library?").results[0]
    assert top.doc == "intro"
    assert any(top.excerpt[start:end] == "3.8" for start, end in top.highlights)


def test_a_verb_and_its_object_ask_for_the_action_not_a_method_of_that_name(tmp_path):
    index = corpus_of(
        tmp_path,
        migrating="# Migrating\n\nSending moved to the channel.\n\n    # before\n"
                  "    await client.send_message(channel, 'Hello')\n",
        faq="# Sending\n\nTo send a message to a channel, get the channel and call its send method.\n")
    top = index.search("how do I send message to a channel").results[0]
    assert top.doc == "faq" and top.excerpt.startswith("To send a message to a channel")


def test_an_identifier_spelt_as_words_is_no_more_of_the_question_than_its_words(tmp_path):
    index = corpus_of(tmp_path, **BOT_GUIDE)
    spelt = index.search("can the bot translate the message content into german")
    said = index.search("can the bot translate the content of the message into german")
    assert spelt.confidence == pytest.approx(said.confidence)


def test_of_two_passages_holding_the_word_once_the_shorter_ranks_first(tmp_path):
    # Their BM25 differs by the length of one passage in a few words: a difference the
    # index's one-byte contributions (`builder.quantized`) must keep.
    index = corpus_of(tmp_path, longer="Le marrube pousse au bord des chemins secs, des talus et des vieux murs de pierre.\n",
                      shorter="Le marrube pousse au bord des chemins secs et des talus.\n",
                      other="Le thym pousse au soleil sur les pentes calcaires.\n")
    assert [r.doc for r in index.search("marrube", k=2).results] == ["shorter", "longer"]


def test_the_steps_right_after_a_section_opener_come_before_its_later_paragraphs(tmp_path):
    guide = ("# Guide\n\n## How do I install the bot?\n\n"
             "Installing takes a few minutes and a terminal.\n\n"
             "Download the package, unzip it in a folder of your choice and run the setup script there.\n\n"
             "Then restart the terminal.\n\n"
             "Some systems ask for more: a compiler, a few libraries and a restart of the machine, "
             "then a long wait for updates, before they install anything at all.\n\n"
             "## Other things\n\nThe bot answers questions.\n")
    results = corpus_of(tmp_path, guide=guide).search("How do I install the bot?").results
    # The opener, a short block, reads on into the steps (quoted once, so not again below it).
    assert results[0].excerpt.startswith("Installing takes a few minutes and a terminal. … Download the package")


def test_a_step_is_found_with_the_words_of_the_paragraphs_around_it(tmp_path):
    # "venv" is named two paragraphs above the step, in the same section: the step answers.
    guide = ("# Guide\n\n## Virtual environments\n\n"
             "A venv keeps the packages of each project apart.\n\n"
             "Create one in the folder of your bot:\n\n    python3 -m venv env\n\n"
             "When you work on Windows you activate it with:\n\n    env\\Scripts\\activate.bat\n\n"
             "## Status\n\nActivate the status on Windows.\n")
    top = corpus_of(tmp_path, guide=guide).search("how to activate a venv on windows").results[0]
    assert top.section.endswith("Virtual environments") and "activate it with" in top.excerpt


def test_an_english_word_finds_the_word_the_documents_use_for_it(tmp_path):
    index = corpus_of(
        tmp_path,
        images="# Images\n\nTo display an image inside a post, upload the file first and set the image URL "
               "of the post to it.\n",
        posts="# Posts\n\nA post may show a title, a description and a footer, and the author can edit it "
              "later.\n",
        members="# Members\n\nMembers can leave a server at any time and join it again with an invite.\n")
    # "picture" is said "image", "show" "display": words that translate alike.
    top = index.search("how do I show a picture in a post").results[0]
    assert top.doc == "images"
    assert "display an image" in top.excerpt


def test_a_subtitle_kept_as_text_is_quoted_with_the_paragraph_it_titles(tmp_path):
    (tmp_path / "club.txt").write_text(
        "Le club de voile de Brest\n\nLa vie du club\n\n"
        "Le club accueille les enfants le mercredi et les adultes le samedi, sur des dériveurs.\n\n"
        "La sécurité sur l'eau\n\n"
        "Participation des bénévoles de l'équipe de sécurité\n"
        "Dès la mise à l'eau, les bénévoles surveillent le plan d'eau depuis le bateau à moteur et "
        "portent secours aux dériveurs chavirés.\n"
        "Les moniteurs rappellent les consignes avant chaque sortie.\n", encoding="utf-8")
    top = Index.build(tmp_path).search("Que font les bénévoles de l'équipe de sécurité ?").results[0]
    assert top.excerpt.startswith("Participation des bénévoles de l'équipe de sécurité")
    assert "Dès la mise à l'eau, les bénévoles surveillent le plan d'eau" in top.excerpt
    assert top.section == "La sécurité sur l'eau"


def test_a_passage_going_on_with_the_sentence_above_it_comes_after_one_saying_the_rule(tmp_path):
    # Article 1's second block ends the sentence its first begins: shorter, it holds the words
    # asked about as well, and alone it says nothing.
    articles = {
        "Article 1": "Le cheptel donné au fermier est estimé à sa valeur, à moins\n\n"
                     "Ou que, à la mort du bailleur, le fermier rende le cheptel.",
        "Article 2": "Le contrat de louage n'est point résolu par la mort du bailleur ni par celle du preneur, "
                     "quelles que soient les clauses que les parties ont écrites dans le contrat.",
    }
    found = corpus_of(tmp_path, **{name: f"{name}\n----\n{text}\n" for name, text in articles.items()}).search(
        "Que devient le bail à la mort du bailleur ?").results
    assert [hit.doc for hit in found] == ["Article 2", "Article 1"]
    assert found[0].excerpt.startswith("Le contrat de louage n'est point résolu")
