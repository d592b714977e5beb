"""Stop words: function words that say nothing about what a passage is about.

Compared after lowercasing and accent folding. French first; English too, because people ask in
English about French documents and "what", "the" or "about" must not count as missed words.
Question words and light verbs of questions ("faire", "peut") are here for the same reason.
"""
FRENCH = """
a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs
lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur
ta te tes toi ton tu un une vos votre vous c d j l m n s t y
ete etee etees etes etant suis es est sommes etes sont serai seras sera serons serez seront serais
serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois
soit soyons soyez soient fusse fusses fut fussions fussiez fussent
ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait
aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons
ayez aient eusse eusses eussions eussiez eussent
ceci cela ca celui celle ceux celles ici la-bas dont lequel laquelle lesquels lesquelles auquel
auxquels duquel desquels quoi quel quelle quels quelles comment pourquoi quand combien ou
est-ce estce
aussi alors donc or ni car si tres plus moins tout tous toute toutes autre autres meme memes
sans sous vers chez entre depuis pendant apres avant selon contre parmi
faire fait font faut peut peuvent pourrait sait y-a-t-il quelqu quelque quelques chose choses
lors etc
jusqu lorsqu puisqu quoiqu presqu
"""

ENGLISH = """
a an the and or but if of to in on at by for with from about as into over than then so such
is are was were be been being am do does did doing done have has had having can could would
should will shall may might must
i you he she it we they me him her us them my your his its our their this that these those
what which who whom whose when where why how there here not no yes all any some each more most
other very just also only own same too again once out up down off
say says said tell know
"""

STOP_WORDS = frozenset(FRENCH.split()) | frozenset(ENGLISH.split())

# Words that tell the language of a question (for the bot's own words), not its subject.
FRENCH_MARKERS = frozenset(
    "le la les des du de un une et est que qui quoi quel quelle quels quelles comment pourquoi "
    "quand combien ou dans pour sur avec pas il elle ils sont ce cette ces au aux je tu nous vous".split()
)
ENGLISH_MARKERS = frozenset(
    "the a an and is are was were what which who whom how why when where does do did of to in "
    "on for with about from this that these those it its can could would should you i".split()
)
