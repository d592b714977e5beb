"""Stop words: function words that say nothing about what a passage is about, one list a language.

Written with their accents, because folding makes words meet that mean different things: "né"
(born) folds to "ne", "dû" (owed) to "du", "étés" (summers) to "etes". A word written with an
accent is a stop word when it is one as written ("où", "là", "été", "même"); a word written
without any is one when its folded form is ("ou" typed for "où", "tres" for "très"), since chat
leaves accents out. A document is read with its own language's list
(in English text "son", "car" or "font" are words, in French "none" is not "non"); a question is
read with its own language's and those of the corpus, so that "what" or "about" never count as
missed words in an English question about French documents. Question words and light verbs of
questions ("faire", "peut") are here for the same reason.
"""
from .text import fold

FRENCH = """
a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs
lui ma mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur
ta te tes toi ton tu un une vos votre vous nôtre vôtre nôtres vôtres c d j l m n s t y
été êtes étant suis es est sommes sont serai seras sera serons serez seront serais
serait serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois
soit soyons soyez soient fusse fusses fût fussions fussiez fussent
ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait
aurions auriez auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons
ayez aient eusse eusses eût eussions eussiez eussent
ceci cela ça çà celui celle ceux celles ici là là-bas dont lequel laquelle lesquels lesquelles
auquel auxquels duquel desquels quoi quel quelle quels quelles comment pourquoi quand combien où
est-ce estce
aussi alors donc or ni car si très plus moins tout tous toute toutes autre autres mêmes
sans sous vers chez entre depuis pendant après avant selon contre parmi dès ès lès
faire fait font faut peut peux peuvent pouvez pourrait sait y-a-t-il
pouvons pouvait pouvaient pourra pourront pourraient pourrai pourrais pourrions pourriez puisse puissent quelqu quelque quelques chose choses
lors etc parce autant trop tellement vraiment
mien mienne miens miennes tien tienne tiennes sien sienne siens siennes
jusqu lorsqu puisqu quoiqu presqu
"""

ENGLISH = """
a an the and or but if of to in on at by for with from about as into over than then so such
is are was were be been being am do does did doing done have has had having can could would
should will shall may might must
i you he she it we they me him her us them my your his its our their this that these those
what which who whom whose when where why how there here not no yes all any some each more most
other very just also only own same too again once out up down off
know yours hers ours theirs
don doesn didn isn aren wasn weren haven hasn hadn wouldn couldn shouldn ll ve re
"""

# French writes an article or pronoun elided before the next word ("l'IA", "qu'il", "jusqu'à"):
# those forms belong to the written word after them (see `analysis.ELIDED`).
FRENCH_ELIDED = "c d j l m n s t qu jusqu lorsqu puisqu quoiqu presqu"

# Coordinating conjunctions: a passage that opens with one ("Ou que le bailleur prélèvera…",
# "Mais le propriétaire est tenu…", "Or run…") goes on with the sentence or the list of the block
# before it, which says what it is about (`scoring.continuing`).
CONTINUING = {"fr": frozenset("et ou mais ni or soit".split()), "en": frozenset("and or but nor".split())}

# As written (lowercase, accents kept), and folded: what an unaccented word is compared with, and
# what stored word sequences and typo matching use.
WRITTEN_STOP_LISTS = {"fr": frozenset(FRENCH.split()), "en": frozenset(ENGLISH.split())}
STOP_LISTS = {code: frozenset(map(fold, words)) for code, words in WRITTEN_STOP_LISTS.items()}
STOP_WORDS = frozenset().union(*STOP_LISTS.values())
