"""Every tuning value of the ranking, in one frozen object passed to each stage.

`Index.search(question, params=RankingParams(candidates=10))` asks with other values; the
defaults are the ones measured on the three dev sets (`make eval`). Grouped by the stage that
reads them, in the order a question meets them (`pipeline.py`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RankingParams:
    # -- the query (`query.py`) ----------------------------------------------------------------
    max_question_words: int = 64  # longer questions are cut: their tail adds noise, not meaning
    name_weight: float = 1.5  # a name, an acronym or a number pins down what is asked
    quoted_weight: float = 1.5  # a word of a quoted phrase
    typo_weight: float = 0.6  # a corrected word's worth in BM25, per typo
    typo_share: float = 0.8  # ... and in coverage (so in the confidence), per typo, when it is
    #                          the only word that close (`QueryWord.sure_fix`); one of several
    #                          counts typo_weight there too (0.8 for all cost a Code civil
    #                          question its answer: "decenale" is *décence* or *décent*)
    typo_fixes: int = 8  # equally close corrections kept for a misspelt word: word order picks
    common_word_zipf: float = 4.0  # a French word this common in the language at large
    #                                (wordfreq's zipf) is no misspelling of another word:
    #                                "derrière" is not "dernière"; below it, fixes stay
    family_weight: float = 0.8  # a word of the family: the same notion, surer than one typo (0.6)
    synonym_weight: float = 0.5  # a word the table translates as it translates the question's
    #                              ("picture": "image"; `bridge.synonyms`): another sense as often
    synonyms_most: int = 3  # ... of a word with this many at most: "get" has five, in five senses
    synonym_languages: frozenset = frozenset({"en"})  # ... for questions in these languages: in
    #                              French (*temps*: *fois*, *heure*, *météo*) it cost the seeds
    #                              and the Code civil first answers (`make eval`)
    glossary_weight: float = 0.65  # the law's terms for an everyday word the documents never
    #                               write (`glossary.py`: "chien", *animal*): a guess
    bridge_weight: float = 0.8  # a translation of a word asked in another language (`bridge.py`):
    #                             a guess at the documents' words, in ranking and confidence alike
    acronym_weight: float = 0.8  # a word of an acronym's expansion (`acronyms.py`): a guess
    acronym_least: int = 3  # ... the expansion written at least this many times ...
    acronym_cohesion: float = 0.5  # ... and in this share of its rarest word's uses, at least
    spelt_identifier_words: int = 3  # an identifier spelt as this many words at most ("wait for")
    unknown_share: float = 0.5  # a word of a language the corpus lacks, found nowhere, counts
    #                             half against coverage
    everyday_unknown: float = 0.3  # an everyday word (`lexicon_en_fr.py`) found nowhere counts
    #                                this share of a missing word against coverage (about the
    #                                weight `generality.py` gives a word of zipf 5.6), when it is
    #                                the only one: two such words are another subject

    # -- candidates (`candidates.py`) ----------------------------------------------------------
    candidates: int = 200  # passages scored in full after the BM25 pass
    common_share: int = 50  # a term in more than 1/50 of the passages is common
    prefilter: int = 5000  # rare-term matches kept before adding common terms
    coordination: float = 1.0  # flat share of idf per matched term: coverage before tf
    phrase_passages: int = 64  # passages with the longest quoted runs, added to the candidates

    # -- ranking (`ranking.py`, features from `scoring.py`) ------------------------------------
    bm25_weight: float = 0.5  # BM25 (over the best candidate's) beside coverage in a rank: it
    #                          orders passages that cover as much, it does not outweigh coverage
    quote_weight: float = 1.0  # what a run of the whole question word for word adds to a rank ...
    quote_power: int = 2  # ... and a shorter run, by the square of its share: "de la" says little
    section_weight: float = 0.3  # what covering more of the question with the passages beside
    #                              it in its section adds, times the share they add ...
    section_reach: int = 3  # ... read this many passages on each side, under the same heading
    reranked: int = 24  # leading candidates whose headings and words are read further ...
    reranked_most: int = 48  # ... or as many as cover as much as the best, up to this
    heading_rank: float = 0.5  # what a heading that holds the whole question adds to a rank
    section_lead: float = 0.5  # ... and this share more to the passage that opens its section,
    section_decay: float = 0.2  # ... this share of that to the next one, its square to the third...
    lead_reach: int = 3  # ... down to this many passages from its start
    heading_quoted: float = 0.5  # what a heading the question quotes whole, in order, adds ...
    heading_quoted_words: int = 3  # ... when it is this many words or more ("Message Content" is not)
    heading_focus: float = 0.3  # what a heading made only of the question's words adds, times
    #                             the share of the question it holds ("Cogs" over "Cog Registration");
    #                             a heading holding other words too gets none of it
    result_below: float = 0.6  # a later result covers at least this share of what the best covers
    kind_weight: float = 0.15  # holding the kind of answer asked for near the subject ...
    measured_kind_weight: float = 0.3  # ... or a number, a date or a duration asked for: its
    #                                   patterns are surer signs than a name's or a how-to's
    continuing_cost: float = 0.2  # taken from the rank of a passage that opens with "Ou", "Mais",
    #                               "And" (`scoring.continuing`): the end of a sentence begun above
    near_weight: float = 0.3  # what closeness adds to a rank, at most near_weight * near_most:
    near_most: float = 1.5  # words in order side by side (1), opening the passage (early_weight)
    near_gap: int = 6  # two question words in order this many words apart at most stand together
    early_weight: float = 0.5  # what opening with the question's words adds to closeness ...
    early_tokens: int = 4  # ... within this many words: a passage that opens so is about them

    # -- confidence and abstention (`ranking.py`, `abstention.py`) -----------------------------
    # The confidence is the share of the question the best passage covers, times the discounts
    # below. On the three dev sets together (`python -m benchmarks.quality --calibration`), a
    # right excerpt stood among the first three for none of the questions under 0.2, 40% from
    # 0.2 to 0.5, 62% from 0.5 to 0.75 and 83% above: the lines below are drawn there.
    abstain_below: float = 0.2  # the engine says the documents do not answer
    unsure_below: float = 0.5  # an answer is shown as a guess ("I'm not sure, but…"), and the
    #                            bot stays silent in help channels
    high_from: float = 0.75  # an answer's confidence is called "high"
    kind_missing: float = 0.15  # confidence kept when no passage holds the number or date asked
    #                          for: under abstain_below, whatever the coverage
    counted_reach: int = 30  # characters between a count and the noun "how many" asks about
    lone_words: int = 3  # a question of this many words or more, whose best passage holds one ...
    lone_share: float = 0.4  # ... keeps this share of its confidence (at best a guess)
    only_name_share: float = 0.2  # confidence kept when the best passage holds the names asked
    #                               about and the other words are nowhere (under abstain_below) ...
    only_name_kinds: frozenset = frozenset({"who", "where"})
    #                               ... for questions asking one of these kinds of answer (the
    #                               measured kinds are read by their own patterns: "Quand Sora
    #                               sera-t-il disponible ?" is answered "dans le courant de l'année")
    name_alone_share: float = 0.4  # confidence kept when the best passage holds the names asked
    #                                about and none of the other words, which the documents hold
    #                                elsewhere (`abstention.name_alone`: at best a guess) ...
    name_alone_words: float = 1.0  # ... when those other words name at least this much
    short_word: int = 3  # a French question word this long at most counts as held by the best
    short_extra: int = 2  # passage only where written with this many letters more or fewer at most
    #                       ("vol" is not held by "volante": `abstention.written_apart`)
    name_letters: int = 3  # a name this long that the documents lack ...
    missing_name_share: float = 0.4  # ... leaves this share of the confidence (at best a guess)
    everyday_met_words: float = 1.0  # a best passage holding everyday words naming less than this ...
    everyday_met_missing: float = 0.7  # ... while a word asked this uncommon (`generality`) is
    everyday_met_share: float = 0.3  # ... nowhere keeps this share (`abstention.everyday_met`)
    subject_words: float = 0.5  # a question naming less than this (`abstention.subject`) ...
    everyday_share: float = 0.1  # ... asks nothing of the documents (under abstain_below)
    topic_power: float = 0.5  # a word in len(index) ** topic_power passages is what they are about


DEFAULT_PARAMS = RankingParams()
