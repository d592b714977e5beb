"""Questions as people type them in chat, and the kind of answer they ask for."""
import pytest

from corpus import Index
from corpus.question import answer_kind, rewrite


def known_in(*words: str):
    """The documents' vocabulary: these words, and no function word."""
    return lambda word: "word" if word.lower() in words else None


@pytest.mark.parametrize("typed, read", [
    ("pq qqn dirige Sony stp", "pourquoi quelqu'un dirige Sony"),
    ("c koi sora en vrai", "c'est quoi sora"),
    ("jai lu que lIA menace lemploi", "j'ai lu que l'IA menace l'emploi"),
    ("my bot doesn't see messages, can't you help?", "my bot does not see messages, can not you help?"),
    ("what's the prefix? thx", "what is the prefix?"),
    ("c'est quoi sora, y'a qqn ?", "c'est quoi sora, il y a quelqu'un ?"),  # "c'" elided, not chat "c"
    ("c est quoi sora", "c'est quoi sora"),
    ("Salut Marc, c koi sora ? merci d'avance", "c'est quoi sora ?"),  # a greeting to someone
    ("hello world example", "hello world example"),  # no greeting: words of the question
])
def test_chat_words_are_read_as_the_words_they_stand_for(typed, read):
    assert rewrite(typed, known_in("emploi", "sora", "sony", "ia")) == read


@pytest.mark.parametrize("typed, french, read", [
    ("slt g un pb avec mon bot", True, "j'ai un problème avec mon bot"),
    ("dc tt le monde peut voter ?", True, "donc tout le monde peut voter ?"),
    ("kesako l'usufruit, jdois payer ?", True, "c'est quoi l'usufruit, je dois payer ?"),
    ("le contrat dont je parle", True, "le contrat dont je parle"),  # a French word, not English "don't"
    ("how do I open a pr, dont know", False, "how do I open a pr, do not know"),  # "pr" is French "pour"
    ("how to call c code from ur bot", False, "how to call c code from your bot"),
])
def test_chat_forms_are_read_in_the_language_they_are_typed_in(typed, french, read):
    assert rewrite(typed, known_in(), french=french) == read


def test_an_english_chat_question_keeps_its_words(tmp_path):
    (tmp_path / "a.txt").write_text("To open a PR, push your branch and ask a maintainer for a review.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("To open a file, call open with its path and a mode.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    top = index.search("how do i open a pr").results[0]
    assert top.doc == "a" and "PR" in highlighted(top)


def test_a_word_that_stresses_the_question_does_not_pull_another_passage(tmp_path):
    (tmp_path / "578.md").write_text("L'usufruit est le droit de jouir des choses dont un autre a la "
                                     "propriété.\n", encoding="utf-8")
    (tmp_path / "972.md").write_text("L'interprète veille à l'exacte traduction des propos tenus sur "
                                     "l'usufruit.\n", encoding="utf-8")
    index = Index.build(tmp_path)
    for asked in ("usufruit c koi exactement", "c'est quoi au juste l'usufruit, en gros ?"):
        assert index.search(asked).results[0].doc == "578"


def test_a_word_is_unglued_only_when_the_documents_know_its_second_half():
    assert rewrite("la lune et lemploi", known_in("emploi")) == "la lune et l'emploi"
    assert rewrite("lemploi", known_in()) == "lemploi"
    function_words = lambda word: "stop" if word.lower() in ("une", "autres") else None  # noqa: E731
    assert rewrite("lune dautres", function_words) == "lune d'autres"  # "une" is too short to tell


def test_capitals_stay_as_typed():
    assert rewrite("CB et PR", known_in()) == "CB et PR"  # written as names, not as chat


@pytest.mark.parametrize("said", ["merci !", "Merci beaucoup pour ton aide !", "Bonjour tout le monde",
                                  "thanks a lot!", "hi everyone"])
def test_thanks_and_greetings_alone_ask_nothing(seeds_index, said):
    answer = seeds_index.search(said)
    assert answer.abstained and answer.results == []


@pytest.mark.parametrize("question, kind", [
    ("Combien de temps dure la garantie ?", "when"),
    ("garantie decennale ca dure combien de temps", "when"),
    ("How many shards can a bot have?", "quantity"),
    ("À quel âge peut-on se marier ?", "age"),
    ("Combien coûte un abonnement ?", "money"),
    ("Qui dirige Sony Pictures ?", "who"),
    ("Le chien du voisin m'a mordu, qui doit payer ?", "who"),
    ("Where is the token stored?", "where"),
    ("c'est quoi un pacs", "definition"),
    ("Comment créer un cog ?", "howto"),
    ("How do I send a DM?", "howto"),
    ("usufruit", None),
    ("Quel est le salaire minimum en France ?", "money"),  # a measured noun after "quel est le"
    ("What is OpenAI's revenue?", "money"),
    ("What is Tyler Perry's net worth?", "money"),
    ("How much is the fee to register a boat?", "money"),  # the fee asked for, after "how much is"
    ("Quelle est la date de sortie de Sora ?", "when"),
    ("Quel est le taux de TVA ?", "quantity"),
    ("Quel est l'âge minimum pour se marier ?", "age"),
    ("Quelle est la capitale de l'Australie ?", None),
    ("dans quelle ville est le siège ?", "where"),
    ("in which city is OpenAI based?", "where"),
    ("le fichier est où ?", "where"),
    ("il est né quand ?", "when"),
    ("quand le bail prend-il fin ?", "when"),
    ("at what time does the task run?", "when"),
    ("ça coûte combien un abonnement", "money"),
    ("c'est qui le patron de Sony", "who"),
    ("Quel est le taux de la taxe ?", "quantity"),
    ("Quelle est la hauteur d'un mur de clôture ?", "quantity"),  # a measure: a number and its unit
    ("what is the size limit of an upload?", "quantity"),
    ("how can my bot ask a question?", "howto"),
    ("on fait comment pour bannir quelqu'un", "howto"),
    ("qu'est ce qu'un pacs", "definition"),
    ("how upload an image from a url", "howto"),  # chat English drops "do I"
    ("how come my bot is offline?", None),
    ("pour divorcer il faut faire quoi ?", "howto"),
    ("je sais pas quand ça commence", "when"),  # a question after a verb of knowing
    ("qu'est-ce que ça veut dire quand le bot affiche une erreur", "definition"),
    # A question word that opens no question asks for nothing.
    ("when someone says hi, what does the bot reply?", None),
    ("how do I check who sent a message?", "howto"),
    ("Quand le bot démarre, il plante", None),
    ("le chat ou le chien", None),
    ("which version of the library added slash commands?", "version"),
    ("c'est dispo depuis quelle version ?", "version"),
    ("qu'est-ce que je dois faire", None),
])
def test_the_kind_of_answer_asked_for_is_read_from_the_question(question, kind):
    assert answer_kind(question) == kind


def test_a_chat_question_finds_what_the_written_one_finds(seeds_index):
    written = seeds_index.search("Qui dirige Sony Pictures ?")
    typed = seeds_index.search("qqn sait ki dirige sony pictures stp")
    assert not typed.abstained
    assert typed.results[0].passage == written.results[0].passage
    assert typed.question == "qqn sait ki dirige sony pictures stp"  # shown as asked


def test_a_passage_holding_the_kind_of_answer_asked_for_comes_first(tmp_path):
    (tmp_path / "a.txt").write_text("La garantie de l'appareil couvre les pannes.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "La garantie de l'appareil court deux ans, que le vendeur doit à l'acheteur même sans "
        "contrat écrit ni facture.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    assert index.search("garantie de l'appareil ?").results[0].doc == "a"  # the shorter passage
    assert index.search("la garantie de l'appareil, combien de temps ?").results[0].doc == "b"
    top = index.search("garantie appareil cb de temps").results[0]
    assert top.doc == "b"
    assert "deux ans" in highlighted(top)  # the short answer, with the matched words


def test_a_date_asked_for_outweighs_a_word_more_of_the_question(tmp_path):
    # The passage that says when shares one word less of the question than the other one: a
    # date asked for is a surer sign of the answer than one more word of the question.
    (tmp_path / "salles.txt").write_text(
        "Au musée, le grand public ne peut voir que les salles du rez-de-chaussée, les autres sont "
        "réservées aux chercheurs.\n", encoding="utf-8")
    (tmp_path / "travaux.txt").write_text(
        "Le public pourra voir les salles rénovées du musée à partir de mars 2025.\n", encoding="utf-8")
    (tmp_path / "parc.txt").write_text("Le grand parc du quartier accueille un public nombreux.\n", encoding="utf-8")
    (tmp_path / "chantier.txt").write_text("Les peintres ont dessiné les échafaudages du chantier.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    top = index.search("Quand le grand public pourra-t-il voir les salles du musée ?").results[0]
    assert top.doc == "travaux"
    assert "mars 2025" in highlighted(top)


def test_the_name_a_who_question_asks_about_is_not_its_answer(tmp_path):
    (tmp_path / "a.txt").write_text("Les studios ont vite développé un goût pour Sora.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le modèle Sora a été développé par OpenAI, qui le présente aux studios "
                                    "depuis le printemps avec des artistes invités.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    assert index.search("développé Sora").results[0].doc == "a"  # the shorter passage
    found = index.search("qui a développé Sora ?").results[0]
    assert found.doc == "b"
    assert "OpenAI" in highlighted(found)


def test_a_question_word_in_a_condition_asks_for_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("When a member joins, the bot waits 5 seconds and sends a welcome message.\n",
                                    encoding="utf-8")
    index = Index.build(tmp_path)

    asked = index.search("when a member joins what does the bot send").results[0]
    assert "5 seconds" not in highlighted(asked)
    asked_how_long = index.search("how long does the bot wait when a member joins?").results[0]
    assert "5 seconds" in highlighted(asked_how_long)


def test_a_greeting_is_dropped_where_it_greets_and_searched_where_it_is_the_subject(tmp_path):
    (tmp_path / "hello.txt").write_text("The hello command makes the bot reply with a friendly greeting to whoever "
                                        "called it in the channel.\n", encoding="utf-8")
    (tmp_path / "ping.txt").write_text("The ping command makes the bot reply with its latency.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    assert index.search("what does the hello command do?").results[0].doc == "hello"
    assert index.search("how do I make the bot say hello").results[0].doc == "hello"
    greeted = index.search("hello, what does the ping command do? thanks")
    assert greeted.results[0].doc == "ping"
    assert greeted.confidence == index.search("what does the ping command do?").confidence


@pytest.mark.parametrize("question", [
    "dans quelle ville est le siège de la société ?",
    "le siège de la société est où ?",
])
def test_a_place_asked_for_finds_the_passage_that_names_one(tmp_path, question):
    (tmp_path / "a.txt").write_text("Le siège de la société accueille chaque mois les réunions du conseil.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le siège de la société est installé à Lyon depuis sa fondation, dans un "
                                    "ancien entrepôt du port.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    assert index.search("le siège de la société ?").results[0].doc == "a"  # the shorter passage
    found = index.search(question)
    assert not found.abstained and found.results[0].doc == "b"
    assert "Lyon" in highlighted(found.results[0])  # the short answer


def test_the_noun_of_a_date_or_a_place_asked_for_is_not_a_word_the_answer_lacks(tmp_path):
    (tmp_path / "a.txt").write_text("OpenAI was founded in 2015 by a group of researchers and investors in San "
                                    "Francisco.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("OpenAI publishes research papers and builds products such as ChatGPT.\n",
                                    encoding="utf-8")
    index = Index.build(tmp_path)

    year = index.search("in which year was OpenAI founded?")
    assert year.confidence == index.search("when was OpenAI founded?").confidence
    assert "2015" in highlighted(year.results[0])
    assert "San Francisco" in highlighted(index.search("what city was OpenAI founded in?").results[0])


def test_how_long_asks_for_a_duration_the_answer_gives_without_the_word_long(tmp_path):
    (tmp_path / "a.txt").write_text("Le modèle produit des vidéos d'une minute à partir d'un texte.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tout au long de l'année, le modèle est présenté aux studios.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    found = index.search("How long are the videos of the model?")
    # "long" is how the question asks, not a word of its subject: the answer is sure.
    assert found.confidence == 1.0 and [hit.doc for hit in found.results] == ["a"]
    assert "une minute" in highlighted(found.results[0])


def highlighted(hit) -> list[str]:
    return [hit.excerpt[s:e] for s, e in hit.highlights]


def test_the_person_asked_for_is_highlighted_and_not_a_place(seeds_index):
    top = seeds_index.search("Qui dirige les opérations chez OpenAI ?").results[0]
    assert "Brad Lightcap" in highlighted(top)
    assert "Hollywood" not in highlighted(top)


def test_a_question_that_asks_for_no_kind_highlights_only_its_words(seeds_index):
    top = seeds_index.search("Brad Lightcap opérations").results[0]
    assert set(highlighted(top)) == {"Brad", "Lightcap", "opérations"}


def test_asking_what_the_documents_do_not_say_of_a_subject_they_know_gets_no_quote(seeds_index):
    assert not seeds_index.search("Que dit Tyler Perry de Sora ?").abstained
    asked_age = seeds_index.search("Quel âge a Tyler Perry ?")
    assert asked_age.abstained and asked_age.results == []


def test_an_amount_asked_for_is_found_with_its_unit(tmp_path):
    (tmp_path / "a.txt").write_text("Le loyer du studio est payé chaque mois par le locataire.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le loyer du studio, charges comprises, est de 450 euros.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    top = index.search("combien coute le loyer du studio ?").results[0]
    assert top.doc == "b" and "450 euros" in highlighted(top)


def test_a_quoted_phrase_and_words_that_only_contain_filler_stay_as_typed():
    assert rewrite('pq "I\'m sorry, Dave" stp', known_in()) == 'pourquoi "I\'m sorry, Dave"'
    assert rewrite("les droits du couple en vraie grandeur", known_in()) == "les droits du couple en vraie grandeur"


@pytest.mark.parametrize("framed, plain", [
    ("bonjour, j'aimerais savoir si quelqu'un pourrait m'expliquer qui dirige Sony Pictures svp merci",
     "qui dirige Sony Pictures"),
    ("hey, can someone explain what Sora does? thanks in advance", "what Sora does?"),
    ("I'd like to know what Sora does", "what Sora does"),
    ("jsp, jme demande qui dirige Sony Pictures", "qui dirige Sony Pictures"),
    ("I don't know what Sora does", "what Sora does"),
    ("jpense que Sony Pictures est dirigé par qqn", "Sony Pictures est dirigé par quelqu'un"),
])
def test_a_question_put_in_a_polite_frame_is_searched_as_the_bare_question(seeds_index, framed, plain):
    assert seeds_index.search(framed).confidence == seeds_index.search(plain).confidence
    assert [h.passage for h in seeds_index.search(framed).results] == [h.passage for h in seeds_index.search(plain).results]


def test_pouvoir_in_any_tense_is_no_subject_word(tmp_path):
    (tmp_path / "a.txt").write_text("Le lancement public du modèle est prévu dans le courant de l'année.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Les studios pourraient bientôt tourner des films avec ce modèle.\n",
                                    encoding="utf-8")
    index = Index.build(tmp_path)

    present = index.search("Quand le public peut-il utiliser le modèle ?")
    for question in ("Quand le public pourra-t-il utiliser le modèle ?",
                     "Quand le public pourrait-il utiliser le modèle ?"):
        found = index.search(question)
        assert found.confidence == present.confidence and found.results[0].doc == "a"


def test_a_french_verb_asked_as_an_infinitive_finds_the_text_that_conjugates_it(tmp_path):
    (tmp_path / "vente.txt").write_text("Le propriétaire vend sa maison au voisin.\n", encoding="utf-8")
    (tmp_path / "bail.txt").write_text("Le propriétaire loue sa maison au voisin.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    found = index.search("Le propriétaire peut-il vendre sa maison ?")
    assert found.results[0].doc == "vente"
    assert "vend" in highlighted(found.results[0])


def two_documents(folder, a: str, b: str) -> Index:
    """An index of two one-line documents, "a" and "b"."""
    (folder / "a.txt").write_text(a + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(b + "\n", encoding="utf-8")
    return Index.build(folder)


@pytest.mark.parametrize("answer, other, asked, familiar, written", [
    ("Le propriétaire rembourse le dépôt de garantie dans un délai d'un mois.",
     "Le locataire verse le dépôt de garantie à la signature du bail.",
     "mon proprio doit rendre le dépôt de garantie quand ?", "proprio", "propriétaire"),
    ("Le travail de nuit est payé double dans la plupart des entreprises.",
     "Le repos du dimanche est garanti dans la plupart des entreprises.",
     "les boulots de nuit sont payés comment ?", "boulots", "travail"),  # a plural the table lacks
    ("Edit the client user to change the avatar of your bot.", "Edit the guild to change the icon of your server.",
     "how do i change my bot's pfp", "pfp", "avatar"),  # the chat of help channels
    ("La démonstration de l'outil au festival a convaincu les studios.",
     "L'outil a convaincu les studios de montage au festival.",
     "la demo de loutil au festival a convaincu qui ?", "demo", "démonstration"),  # a clipped word
])
def test_a_familiar_word_the_documents_lack_finds_the_word_they_write(tmp_path, answer, other, asked, familiar,
                                                                     written):
    index = two_documents(tmp_path, answer, other)

    found = index.search(asked)
    assert found.results[0].doc == "a"
    assert written in highlighted(found.results[0])
    assert found.confidence == index.search(asked.replace(familiar, written)).confidence


def test_a_familiar_word_the_documents_write_is_searched_as_typed(tmp_path):
    index = two_documents(tmp_path, "Le boulot de nuit est payé double.", "Le travail du dimanche est payé double.")

    assert index.search("comment est payé le boulot de nuit").results[0].doc == "a"


@pytest.mark.parametrize("answer, other, asked, bare", [
    ("Never share your bot token: anyone holding it controls your bot.",
     "Share the invite link of your server with your friends.",
     "is it ok to share my bot token", "can i share my bot token"),  # documents that never write "ok"
    ("La propriété d'un terrain s'acquiert par une possession de trente ans.",
     "Le bail d'un terrain agricole dure neuf ans.",
     "Ce terrain devient-il le mien après trente ans de possession ?",
     "Ce terrain devient-il à moi après trente ans de possession ?"),  # a possessive pronoun
])
def test_a_word_that_names_no_subject_costs_the_answer_nothing(tmp_path, answer, other, asked, bare):
    index = two_documents(tmp_path, answer, other)

    found = index.search(asked)
    assert found.results[0].doc == "a"
    assert found.confidence == index.search(bare).confidence


def test_a_verb_asked_in_the_first_person_finds_the_text_that_writes_the_third(tmp_path):
    index = two_documents(tmp_path, "Le locataire doit les réparations locatives.",
                          "Le locataire fait les réparations locatives.")

    for asked in ("est-ce que je dois les réparations locatives ?", "tu dois les réparations locatives ?"):
        found = index.search(asked)
        assert found.results[0].doc == "a"
        assert "doit" in highlighted(found.results[0])


def test_avoir_l_air_asks_how_something_seems_not_about_the_air(tmp_path):
    index = two_documents(tmp_path, "Les vidéos de Sora sont photoréalistes.",
                          "Le court-métrage « Air Head » montre les vidéos de Sora.")

    found = index.search("Les vidéos de Sora ont-elles l'air vraies ?")
    assert found.results[0].doc == "a"
    assert found.confidence == index.search("Les vidéos de Sora sont-elles vraies ?").confidence
    assert rewrite("ça a l'air de marcher", known_in()) == "ça de marcher"


def test_an_elided_article_glued_to_a_word_is_read_apart_though_a_word_stems_alike(tmp_path):
    # "lia" stems as "liés" does; the documents write "IA", never "lia": it is "l'IA" typed fast.
    index = two_documents(tmp_path, "L'IA générative est une branche de l'informatique qui crée des images.",
                          "Les contenus générés sont liés à leurs auteurs.")

    found = index.search("cest koi lia generative")
    assert found.results[0].doc == "a"
    assert "IA" in highlighted(found.results[0])


def test_what_a_named_thing_can_do_finds_what_it_is_capable_of(tmp_path):
    (tmp_path / "a.txt").write_text("Selon ses auteurs, Vidora est capable de générer des scènes complexes.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Vidora fait parler d'elle à Hollywood.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Le locataire est capable de contracter ; il peut sous-louer.\n", encoding="utf-8")
    index = Index.build(tmp_path)

    for question in ("Que sait faire Vidora ?", "Que peut faire Vidora selon ses auteurs ?", "What can Vidora do?"):
        assert index.search(question).results[0].doc == "a"
    # Of a role, not a name, the question asks what it may do, not its capacity.
    assert "capable" not in highlighted(index.search("Que peut faire le locataire ?").results[0])


def test_aller_making_a_future_is_no_subject_word(tmp_path):
    index = two_documents(tmp_path, "Les studios vont adopter l'outil de montage dès l'été.",
                          "Les studios testent un outil de montage.")

    asked = index.search("Les studios peuvent-ils adopter l'outil de montage ?")
    for question in ("Les studios vont-ils adopter l'outil de montage ?", "Les studios vont adopter l'outil de montage ?"):
        found = index.search(question)
        assert found.results[0].doc == "a" and found.confidence == asked.confidence
