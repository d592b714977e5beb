"""The bot's own words, in French and English, and how the language of a reply is chosen.

Words about the answer itself (headline, footer, "nothing found") come from corpus.reply; these
are the ones only Discord needs: usage, refusals, buttons, admin reports.
"""
from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "usage": "Posez-moi une question sur les documents, par exemple : `/ask question: Qui est Tyler Perry ?`",
        "too_long": "Cette question est trop longue ({length} caractères) : {limit} au plus, s'il vous plaît.",
        "cooldown": "Doucement ! Vous pourrez reposer une question dans {seconds} s.",
        "apology": "Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant.",
        "expired": "Cette réponse a expiré : posez de nouveau la question pour continuer.",
        "no_more": "Il n'y a pas d'autre résultat.",
        "more": "Plus de résultats",
        "passage": "Passage {n}",
        "vote_thanks": "Merci pour votre avis !",
        "sources_title": "Documents connus ({count})",
        "sources_more": "… et {n} autre(s)",
        "passages": "{n} passage(s)",
        "passages_label": "Passages",
        "unknown_source": "Je ne connais pas de document « {name} ». Essayez `/sources`.",
        "document": "Document",
        "file": "Fichier",
        "author": "Auteur ou éditeur",
        "date": "Date",
        "link": "Lien",
        "not_allowed": "Seuls le propriétaire du bot et les personnes qui gèrent ce serveur peuvent faire cela.",
        "reload_failed": "Le corpus n'a pas pu être relu : {error}",
        "reload_same": "Corpus relu : rien n'a changé ({count} documents).",
        "reload_done": "Corpus relu : {count} documents.",
        "added": "Ajoutés : {titles}",
        "removed": "Retirés : {titles}",
        "changed": "Modifiés : {titles}",
        "content_changed": "Le texte des documents a changé, mais pas leur liste.",
        "full_title": "Passage complet",
    },
    "en": {
        "usage": "Ask me a question about the documents, for example: `/ask question: Who is Tyler Perry?`",
        "too_long": "This question is too long ({length} characters): {limit} at most, please.",
        "cooldown": "Easy! You can ask again in {seconds} s.",
        "apology": "Sorry, something went wrong on my side. Please try again in a moment.",
        "expired": "This answer has expired: ask the question again to go on.",
        "no_more": "There are no more results.",
        "more": "More results",
        "passage": "Passage {n}",
        "vote_thanks": "Thanks for your feedback!",
        "sources_title": "Known documents ({count})",
        "sources_more": "… and {n} more",
        "passages": "{n} passage(s)",
        "passages_label": "Passages",
        "unknown_source": "I know no document “{name}”. Try `/sources`.",
        "document": "Document",
        "file": "File",
        "author": "Author or publisher",
        "date": "Date",
        "link": "Link",
        "not_allowed": "Only the bot's owner and people who manage this server can do that.",
        "reload_failed": "The corpus could not be read again: {error}",
        "reload_same": "Corpus reloaded: nothing changed ({count} documents).",
        "reload_done": "Corpus reloaded: {count} documents.",
        "added": "Added: {titles}",
        "removed": "Removed: {titles}",
        "changed": "Changed: {titles}",
        "content_changed": "The documents' text changed, but not their list.",
        "full_title": "Full passage",
    },
}


def say(lang: str, key: str, **values: object) -> str:
    return WORDS.get(lang, WORDS["fr"])[key].format(**values)


def language_of_locale(locale: object, default: str = "fr") -> str:
    """French or English from a Discord locale ("fr", "en-US", ...); other locales get the default."""
    code = str(getattr(locale, "value", locale) or "").lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("fr"):
        return "fr"
    return default
