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
        "channels_added": "C'est noté : je réponds désormais de moi-même dans {channel}, seulement quand les documents ont une réponse sûre. On peut toujours me mentionner.",
        "channels_already": "Je réponds déjà de moi-même dans {channel}.",
        "channels_removed": "Je ne réponds plus de moi-même dans {channel} (on peut toujours me mentionner).",
        "channels_absent": "Je ne réponds pas de moi-même dans {channel} : rien à retirer.",
        "channels_list": "Je réponds de moi-même dans : {channels}",
        "channels_none": "Je ne réponds de moi-même dans aucun salon de ce serveur. Ajoutez-en un avec `/channels add`.",
        "channels_kind": "Je ne réponds de moi-même que dans un salon textuel ou un forum.",
        "intent_missing": "Pour lire les messages qui ne me mentionnent pas, il me faut l'intent **Message Content** : dans le portail développeur de Discord (https://discord.com/developers/applications), ouvrez l'application, puis **Bot** → **Privileged Gateway Intents**, activez **Message Content**, enregistrez et redémarrez le bot. D'ici là, je réponds aux posts de forum d'après leur seul titre.",
        "menu_no_text": "Ce message n'a pas de texte que je puisse chercher dans les documents (une image seule, un fichier ou un message vide).",
        "menu_answered": "J'ai répondu sous le message : {link}",
        "understood": "Question comprise : « {question} »",
        "insights_title": "Questions des {days} derniers jours",
        "insights_summary": "{asked} question(s) posée(s), {answered} avec une réponse des documents.",
        "insights_most_asked": "Les plus posées",
        "insights_unanswered": "Sans réponse dans les documents (questions proches regroupées)",
        "insights_voted_down": "Réponses jugées 👎",
        "insights_none": "Aucune.",
        "insights_also": "aussi : {variants}",
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
        "channels_added": "Noted: I now answer by myself in {channel}, only when the documents hold a confident answer. People can still mention me.",
        "channels_already": "I already answer by myself in {channel}.",
        "channels_removed": "I no longer answer by myself in {channel} (people can still mention me).",
        "channels_absent": "I do not answer by myself in {channel}: nothing to remove.",
        "channels_list": "I answer by myself in: {channels}",
        "channels_none": "I answer by myself in no channel of this server. Add one with `/channels add`.",
        "channels_kind": "I answer by myself only in a text channel or a forum.",
        "intent_missing": "To read messages that do not mention me I need the **Message Content** intent: in the Discord developer portal (https://discord.com/developers/applications), open the application, then **Bot** → **Privileged Gateway Intents**, turn on **Message Content**, save, and restart the bot. Until then I answer forum posts from their title alone.",
        "menu_no_text": "This message has no text I can look up in the documents (an image alone, a file or an empty message).",
        "menu_answered": "I answered under the message: {link}",
        "understood": "I understood: “{question}”",
        "insights_title": "Questions of the last {days} days",
        "insights_summary": "{asked} question(s) asked, {answered} answered by the documents.",
        "insights_most_asked": "Most asked",
        "insights_unanswered": "Not answered by the documents (similar questions grouped)",
        "insights_voted_down": "Answers voted 👎",
        "insights_none": "None.",
        "insights_also": "also: {variants}",
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
