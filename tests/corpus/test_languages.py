"""A corpus in several languages: each document read in its own, questions matched across them."""
from pathlib import Path

import pytest

from corpus import Index
from corpus.analysis import guess_language


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def articles_code(folder: Path, articles: dict[str, str]) -> Index:
    """A code of law in French, one article a file, titled by its number."""
    for name, text in articles.items():
        write(folder, f"{name}.md", f"{name}\n----\n{text}\n")
    return Index.build(folder)


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory) -> Index:
    folder = tmp_path_factory.mktemp("mixed")
    write(folder, "guide.md",
          "# Extensions\n\n"
          "An extension is loaded with load_extension, and the bot keeps it until you unload it.\n\n"
          "When the timeout is None, the bot waits forever for the reply.\n\n"
          "Once the cache is filled and the guilds are chunked, which can take a while on a large "
          "bot, the library calls on_ready.\n\n"
          "Ready means the bot is ready: ready to answer.\n")
    write(folder, "bail.txt",
          "Du bail\n\n"
          "Le refus du bailleur est non motivé lorsqu'il ne donne aucune raison au locataire.\n\n"
          "La majorité est fixée à dix-huit ans accomplis ; à cet âge chacun est capable d'exercer "
          "les droits de la vie civile.\n")
    write(folder, "articles.md",
          "# Renvois\n\n"
          "Les animaux sont soumis au régime des biens, sous réserve des lois qui les protègent "
          "(article 515-14).\n")
    return Index.build(folder)


def first(index: Index, question: str):
    answer = index.search(question)
    assert not answer.abstained, question
    return answer.results[0]


def test_each_document_is_read_in_its_own_language(mixed_index):
    languages = {s.doc: s.language for s in mixed_index.sources}
    assert languages == {"guide": "en", "bail": "fr", "articles": "fr"}


def highlighted(hit) -> list[str]:
    return [hit.excerpt[s:e] for s, e in hit.highlights]


def test_english_words_meet_their_inflections(mixed_index):
    top = first(mixed_index, "Which extensions does the bot load?")
    assert top.doc == "guide"
    assert "loaded" in highlighted(top)


def test_none_in_english_is_not_french_non(mixed_index):
    results = mixed_index.search("None", k=5).results
    assert "None" in highlighted(results[0])
    assert all("non motivé" not in hit.excerpt for hit in results)


def test_a_french_question_finds_an_identifier_in_english_text(mixed_index):
    top = first(mixed_index, "Que fait load_extension ?")
    assert top.doc == "guide"
    assert "load_extension" in top.excerpt


def test_an_identifier_matches_whole_before_its_parts(mixed_index):
    # "ready" alone, three times in a short passage, would win on the word's parts
    assert "on_ready" in first(mixed_index, "on_ready").excerpt


def test_a_name_in_a_dotted_path_is_found_from_its_last_parts(tmp_path):
    write(tmp_path, "api.md",
          "# Hooks\n\n"
          "A web hook needs some setup: the hook posts to a channel once its setup is done.\n\n"
          "Override Client.setup_hook to run code after login and before connecting.\n")
    index = Index.build(tmp_path)
    assert "Client.setup_hook" in first(index, "when is setup_hook called?").excerpt


def test_a_language_can_be_set_for_a_document_in_sources_toml(tmp_path):
    write(tmp_path, "garten.txt", "Die Kinder spielen im Garten, und die Brücke ist alt.\n")
    write(tmp_path, "sources.toml", '[garten]\ntitle = "Garten"\nlanguage = "de"\n')
    index = Index.build(tmp_path)
    assert index.sources[0].language == "de"
    # German stems: "Kind" meets "Kinder", too short a word for a typo or a word family
    top = first(index, "das Kind")
    assert highlighted(top) == ["Kinder"]


def test_an_unknown_language_in_sources_toml_is_guessed_instead(tmp_path, caplog):
    write(tmp_path, "note.txt", "The bridge over the river is old, and the house is new.\n")
    write(tmp_path, "sources.toml", '[note]\nlanguage = "klingon"\n')
    index = Index.build(tmp_path)
    assert index.sources[0].language == "en"
    assert "klingon" in caplog.text


@pytest.mark.parametrize("text, expected", [
    ("What did Mira Murati say about Sora?", "en"),
    ("Que pense Tyler Perry de la régulation ?", "fr"),
    ("On peut représenter celui à la succession duquel on a renoncé.", "fr"),  # "on", "a": both
    ("my bot doesn't see message content", "en"),
])
def test_language_of_a_text(text, expected):
    assert guess_language(text) == expected


def test_a_text_with_no_function_words_gets_the_default():
    assert guess_language("setup_hook", default="en") == "en"
    assert guess_language("setup_hook") == "fr"


@pytest.fixture(scope="module")
def french_code(tmp_path_factory) -> Index:
    folder = tmp_path_factory.mktemp("code")
    articles = {
        "Article 1641": "Le vendeur est tenu de la garantie à raison des défauts cachés de la chose vendue "
                        "qui la rendent impropre à l'usage auquel on la destine.",
        "Article 1754": "Les réparations locatives ou de menu entretien dont le locataire est tenu sont "
                        "celles désignées comme telles par l'usage des lieux.",
        "Article 724": "Les héritiers désignés par la loi sont saisis de plein droit des biens, droits et "
                       "actions du défunt.",
        "Article 544": "La propriété est le droit de jouir et disposer des choses de la manière la plus "
                       "absolue, pourvu qu'on n'en fasse pas un usage prohibé par les lois.",
        "Article 1134": "Les conventions légalement formées tiennent lieu de loi à ceux qui les ont faites.",
        "Article 663": "Chacun peut contraindre son voisin à contribuer aux réparations de la clôture "
                       "faisant séparation de leurs maisons.",
        "Article 1111": "La violence exercée contre celui qui a contracté l'obligation est une cause de nullité.",
        "Article 206": "Les gendres et belles-filles doivent des aliments à leur beau-père et belle-mère.",
    }
    for name, text in articles.items():
        write(folder, f"{name}.md", f"{name}\n----\n{text}\n")
    return Index.build(folder)


@pytest.mark.parametrize("question, article", [
    ("Is the seller liable for hidden defects?", "Article 1641"),
    ("Does the tenant have to pay for the repairs?", "Article 1754"),
    ("Who gets the property of the deceased? Are the heirs entitled to it?", "Article 724"),
    # Words of legal affairs rarer than the 5,000 commonest, each still used once in a million
    # English words: the law's own French word for them shares no letters.
    ("Who pays for mending the fence between two houses?", "Article 663"),
    ("Is a contract signed under duress void?", "Article 1111"),
    ("Do I have to feed my stepmother?", "Article 206"),
])
def test_an_english_question_in_the_words_of_law_finds_the_french_article(french_code, question, article):
    assert first(french_code, question).doc == article


BOT_DOCS = {  # English docs that say "guild" and "DM", as Discord's API does
    "guilds.md": "# Guilds\n\nCall Guild.leave to make the bot leave a guild; it stops receiving that guild's "
                 "events.\n\nTo answer someone in DM, call member.send: the DM channel is opened for you.\n",
    "hosting.md": "# Hosting\n\nThe bot runs on a machine that stays on: people leave it running on a small "
                  "virtual server.\n\nThe bot keeps no private data: what it reads is forgotten once answered.\n",
}


def docs_index(folder: Path, docs: dict[str, str]) -> Index:
    """An index of documents written in the test, by file name."""
    for name, text in docs.items():
        write(folder, name, text)
    return Index.build(folder)


@pytest.fixture(scope="module")
def bot_docs(tmp_path_factory) -> Index:
    return docs_index(tmp_path_factory.mktemp("bot"), BOT_DOCS)


def test_a_french_question_says_server_where_discord_docs_say_guild(bot_docs):
    hit = first(bot_docs, "Comment faire quitter un serveur au bot ?")
    assert hit.doc == "guilds" and "Guild.leave" in hit.excerpt


def test_a_french_private_message_is_a_dm_in_english_docs(bot_docs):
    hit = first(bot_docs, "Comment répondre à quelqu'un en message privé ?")
    assert hit.doc == "guilds" and "member.send" in hit.excerpt


def test_a_long_document_is_known_by_its_text_not_by_a_quote_opening_it(tmp_path):
    # A French article opening on an English quotation: its opening alone is not sure enough.
    quote = "“We are not sure that the model will be ready for the public this year,” said the CEO. "
    french = "Le directeur a expliqué que la sortie du modèle dépend encore des tests de sécurité. " * 40
    write(tmp_path, "article.txt", quote + french)
    write(tmp_path, "report.txt", "The model is ready and the tests are done; it will ship in the spring. " * 40)
    index = Index.build(tmp_path)
    assert {source.doc: source.language for source in index.sources} == {"article": "fr", "report": "en"}


def test_a_title_in_initials_is_translated_like_any_word(tmp_path):
    write(tmp_path, "studio.txt", "Le studio a reçu des acteurs.\n")
    write(tmp_path, "patron.txt", "Pendant la semaine de la cérémonie, devant les producteurs et les agences, le "
                                  "PDG a présenté lui-même le nouveau modèle du studio.\n")
    index = Index.build(tmp_path)
    assert first(index, "Who is the CEO of the studio?").doc == "patron"


def test_an_english_verb_in_the_past_finds_the_french_verb(tmp_path):
    # "bought" and "sold" are irregular: Snowball leaves them apart from "buy" and "sell".
    write(tmp_path, "achat.txt", "Le studio a acheté un terrain au bord du lac.\n")
    write(tmp_path, "vente.txt", "Le studio a cédé un terrain au bord du lac.\n")
    index = Index.build(tmp_path)
    assert first(index, "Which land was bought by the studio?").doc == "achat"
    assert first(index, "Which land was sold by the studio?").doc == "vente"


def test_an_english_question_about_ai_is_read_as_english(tmp_path):
    # "AI" in capitals is an acronym, not French "ai" (j'ai): the question stays English and
    # its everyday words are translated.
    write(tmp_path, "etiquettes.txt", "Les plateformes vidéo ajoutent une étiquette aux contenus créés par l'IA.\n")
    write(tmp_path, "plateformes.txt", "Les plateformes vidéo accueillent des contenus très variés.\n")
    index = Index.build(tmp_path)
    assert first(index, "Do video platforms label AI content?").doc == "etiquettes"


def test_ai_in_an_english_question_is_what_french_documents_call_ia(tmp_path):
    # "AI" is no "ai" of "j'ai" there, but the same initials in the other order.
    write(tmp_path, "ia.txt", "Les studios investissent dans l'IA.\n")
    write(tmp_path, "cameras.txt", "Les studios investissent dans les caméras, les studios investissent encore.\n")
    index = Index.build(tmp_path)
    hit = first(index, "Are studios investing in AI?")
    assert hit.doc == "ia" and "IA" in hit.excerpt


@pytest.mark.parametrize("question, doc", [
    ("What letter did the filmmakers sign?", "cineastes"),
    ("What did the union's spokesperson announce?", "syndicat"),
])
def test_the_words_of_film_news_find_their_french_counterparts(tmp_path, question, doc):
    write(tmp_path, "cineastes.txt", "Les cinéastes ont signé une lettre ouverte.\n")
    write(tmp_path, "acteurs.txt", "Les acteurs ont signé une lettre ouverte, une lettre de plus.\n")
    write(tmp_path, "syndicat.txt", "Le porte-parole du syndicat a annoncé une grève.\n")
    write(tmp_path, "studio.txt", "Le studio a annoncé un film, puis le studio a annoncé une suite.\n")
    index = Index.build(tmp_path)
    assert first(index, question).doc == doc


@pytest.mark.parametrize("question, doc", [
    ("Does the owner sell his house to the neighbour?", "vente"),
    ("Does the neighbour take the owner's house?", "reprise"),
])
def test_an_english_verb_finds_the_french_verb_as_the_text_conjugates_it(tmp_path, question, doc):
    # Snowball joins "vendre" and "vend", "prendre" and "prend", no more than "promettre" and "promet".
    write(tmp_path, "vente.txt", "Le propriétaire vend sa maison au voisin.\n")
    write(tmp_path, "reprise.txt", "Le voisin prend la maison du propriétaire.\n")
    write(tmp_path, "bail.txt", "Le propriétaire loue sa maison au voisin.\n")
    index = Index.build(tmp_path)
    assert first(index, question).doc == doc


def test_an_english_verb_finds_the_french_verb_written_like_its_noun(tmp_path):
    # "compete: concurrencer": Snowball cuts "concurrence" (il concurrence, la concurrence) as
    # the noun, apart from the infinitive; "comptent" is only spelt close to "compete".
    write(tmp_path, "concurrence.txt", "La concurrence s'annonce rude pour Sora : Pika et Runway développent des outils.\n")
    write(tmp_path, "comptes.txt", "Les sociétés comptent leurs vidéos.\n")
    index = Index.build(tmp_path)
    answer = index.search("Which companies compete with Sora?")
    assert not answer.abstained
    assert answer.results[0].doc == "concurrence"


def test_what_someone_said_is_a_word_of_the_question(tmp_path):
    # "say" is no function word: what a person said is what news is asked about.
    write(tmp_path, "propos.txt", "Le réalisateur a dit que la grève des acteurs le touchait.\n")
    write(tmp_path, "tournage.txt", "Le réalisateur a filmé la grève des acteurs.\n")
    index = Index.build(tmp_path)
    assert first(index, "What did the director say about the actors' strike?").doc == "propos"


CONVERTER_DOCS = {
    "converters.md": "# Converters\n\nA greedy converter consumes as many arguments as it can convert.\n\n"
                     "Annotate a parameter with int, and its argument is converted to an integer before the "
                     "command runs.\n",
    "files.md": "# Files\n\nKeep the bot in one file until it grows.\n",
}


def test_a_french_plural_finds_the_english_word_its_singular_translates(tmp_path):
    for name, text in CONVERTER_DOCS.items():
        write(tmp_path, name, text)
    hit = first(Index.build(tmp_path), "Comment convertir les arguments en nombres entiers ?")
    assert "integer" in hit.excerpt


def test_a_french_modal_verb_is_no_word_the_english_docs_lack(tmp_path):
    for name, text in CONVERTER_DOCS.items():
        write(tmp_path, name, text)
    index = Index.build(tmp_path)
    plain = index.search("Comment convertir un argument en entier ?")
    modal = index.search("Comment dois-je convertir un argument en entier ?")
    assert modal.results[0].excerpt == plain.results[0].excerpt and modal.confidence == plain.confidence


def test_a_translated_word_weighs_what_its_usual_translation_weighs(tmp_path):
    # "home" is "maison" first, then "domicile": the code says "maison" in many articles and
    # "domicile" in one, so the word is an everyday one here, not the rare one that outweighs
    # what the question asks of it (being forced to sell).
    articles = {
        "Article A": "Nul ne peut être contraint de vendre ses biens, sauf pour cause d'utilité publique.",
        "Article B": "Le domicile peut être vendu par le créancier.",
        "Article C": "La maison commune est entretenue à frais communs.",
        "Article D": "Les réparations de la maison sont à la charge du propriétaire.",
        "Article E": "La maison louée est rendue en bon état.",
        "Article F": "Le jardin de la maison est clos.",
    }
    top = first(articles_code(tmp_path, articles), "Can someone force me to sell my home?")
    assert (top.doc, top.excerpt) == ("Article A", articles["Article A"])


EVERYDAY_CODE = {  # a small code of law in French, for English questions in everyday words
    "Article 1": "La borne est posée à frais communs ; le bornage se fait entre voisins.",
    "Article 2": "Les personnes nées à l'étranger sont inscrites sur les registres.",
    "Article 4": "Le preneur paie le loyer aux termes convenus.",
    "Article 5": "Les lois du pays s'appliquent aux étrangers.",
    "Article 6": "Les bureaux de la mairie sont fermés le lundi.",
    "Article 7": "Les bureaux de la mairie ouvrent à neuf heures.",
    "Article 8": "La nationalité française est attribuée à l'enfant dont un parent est français.",
    "Article 1124": "Sont incapables de contracter les mineurs non émancipés.",
    "Article 1583": "La vente est parfaite dès qu'on est convenu de la chose et du prix.",
    "Article 1101": "Le contrat est un accord de volontés.",
    "Article 716": "Si le trésor est trouvé dans le fonds d'autrui, il appartient pour moitié à celui qui l'a "
                   "découvert, et pour l'autre moitié au propriétaire du fonds.",
}


@pytest.fixture(scope="module")
def everyday_code(tmp_path_factory) -> Index:
    return articles_code(tmp_path_factory.mktemp("everyday"), EVERYDAY_CODE)


@pytest.mark.parametrize("question, article", [
    # "pay" is the French stem of "pays" (country), "born" of "borne" (a boundary stone): the
    # words the table translates them by come first.
    ("Who must pay?", "Article 4"),
    ("Where were they born?", "Article 2"),
    # English capitalises "Monday" and "French"; French writes "lundi", "français": a word the
    # table translates, not a name the documents lack.
    ("What happens on Monday?", "Article 6"),
    ("Is the child French?", "Article 8"),
    # "teenager" is "mineur", and "contract" the verb "contracter" as well as "contrat".
    ("Are teenagers allowed to sign contracts?", "Article 1124"),
    # An English possessive is no French "s'": the question is English all the same.
    ("Who owns a treasure found on someone else's land?", "Article 716"),
])
def test_an_english_question_in_everyday_words_finds_the_french_article(everyday_code, question, article):
    assert first(everyday_code, question).doc == article


def test_a_french_programming_verb_finds_the_english_docs_word_not_a_close_spelling(tmp_path):
    # "nommer" is "name", not "number".
    docs = {
        "commands.md": "# Commands\n\nPass name= to the decorator to rename a command; aliases= adds other names.\n",
        "basics.md": "# Basics\n\nA converter turns an argument into an object; a command is called by its "
                     "number or its name.\n",
    }
    for name, text in docs.items():
        write(tmp_path, name, text)
    assert first(Index.build(tmp_path), "Comment nommer une commande ?").doc == "commands"


def test_get_before_a_participle_asks_what_the_participle_asks(tmp_path):
    # "get married" is a passive, not "obtenir" (to obtain): the same answer as "be married".
    index = articles_code(tmp_path, {
        "Article 144": "Les mineurs ne peuvent se marier sans le consentement de leurs parents.",
        "Article 2": "Le mineur peut obtenir une pension de ses parents.",
        "Article 3": "Le créancier reçoit le paiement.",
    })
    got, been = index.search("Can teenagers get married?"), index.search("Can teenagers be married?")
    assert [r.excerpt for r in got.results] == [r.excerpt for r in been.results]
    assert got.confidence == been.confidence


BOT_HELP = {  # English docs, for French questions as people type them
    "main.md": "# Main\n\nThe main file starts the bot: keep it short and import the rest.\n",
    "tasks.md": "# Tasks\n\nA task loop can run at a given time of the day, each day.\n",
    "posting.md": "# Posting\n\nTo publish an announcement, call Message.publish in a news channel.\n",
    "forgotten.md": "# Await\n\nIf you forget to await a coroutine, it never runs and Python warns you.\n",
}


@pytest.fixture(scope="module")
def bot_help(tmp_path_factory) -> Index:
    return docs_index(tmp_path_factory.mktemp("help"), BOT_HELP)


def test_a_french_verb_in_the_first_person_finds_the_english_verb(bot_help):
    # "j'oublie" (I forget): Snowball stems it apart from "oublier", which the table holds.
    assert first(bot_help, "Que se passe-t-il si j'oublie ?").doc == "forgotten"
