"""Everything the bot says, French and English side by side, and how a reply's language is chosen.

Answers, refusals, buttons, admin reports, engine errors (by kind) and the slash commands' own
names and descriptions (given to Discord by `Translator`) all live here. Excerpts are never
translated: they are quoted verbatim.
"""
from __future__ import annotations

import discord
from discord import app_commands

from corpus.words import REPLY

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    # -- answers: the sentences of a reply are the command line's too, kept once (corpus.words)
    **REPLY,
    "full_title": {"fr": "Passage complet", "en": "Full passage"},
    # -- refusals and trouble
    "usage": {"fr": "Posez-moi une question sur les documents, par exemple : `/ask question: Qui est Tyler Perry ?`",
              "en": "Ask me a question about the documents, for example: `/ask question: Who is Tyler Perry?`"},
    "too_long": {"fr": "Cette question est trop longue ({length} caractères) : {limit} au plus, s'il vous plaît.",
                 "en": "This question is too long ({length} characters): {limit} at most, please."},
    "cooldown": {"fr": "Doucement ! Vous pourrez reposer une question dans {seconds} s.",
                 "en": "Easy! You can ask again in {seconds} s."},
    "busy": {"fr": "Beaucoup de questions en ce moment : réessayez dans {seconds} s, s'il vous plaît.",
             "en": "Many questions at the moment: please try again in {seconds} s."},
    "apology": {"fr": "Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant.",
                "en": "Sorry, something went wrong on my side. Please try again in a moment."},
    "expired": {"fr": "Cette réponse a expiré : posez de nouveau la question pour continuer.",
                "en": "This answer has expired: ask the question again to go on."},
    # -- buttons
    "more": {"fr": "Plus de résultats", "en": "More results"},
    "passage": {"fr": "Passage {n}", "en": "Passage {n}"},
    "vote_thanks": {"fr": "Merci pour votre avis !", "en": "Thanks for your feedback!"},
    # -- sources
    "sources_title": {"fr": "Documents connus ({count})", "en": "Known documents ({count})"},
    "sources_more": {"fr": "… et {n} autre(s)", "en": "… and {n} more"},
    "passages": {"fr": "{n} passage(s)", "en": "{n} passage(s)"},
    "passages_label": {"fr": "Passages", "en": "Passages"},
    "unknown_source": {"fr": "Je ne connais pas de document « {name} ». Essayez `/sources`.",
                       "en": "I know no document “{name}”. Try `/sources`."},
    "document": {"fr": "Document", "en": "Document"},
    "file": {"fr": "Fichier", "en": "File"},
    "author": {"fr": "Auteur ou éditeur", "en": "Author or publisher"},
    "date": {"fr": "Date", "en": "Date"},
    "link": {"fr": "Lien", "en": "Link"},
    # -- /reload
    "not_allowed": {"fr": "Seuls le propriétaire du bot et les personnes qui gèrent ce serveur peuvent faire cela.",
                    "en": "Only the bot's owner and people who manage this server can do that."},
    "reload_failed": {"fr": "Le corpus n'a pas pu être relu : {error}", "en": "The corpus could not be read again: {error}"},
    "reload_same": {"fr": "Corpus relu : rien n'a changé ({count} documents).",
                    "en": "Corpus reloaded: nothing changed ({count} documents)."},
    "reload_done": {"fr": "Corpus relu : {count} documents.", "en": "Corpus reloaded: {count} documents."},
    "added": {"fr": "Ajoutés : {titles}", "en": "Added: {titles}"},
    "removed": {"fr": "Retirés : {titles}", "en": "Removed: {titles}"},
    "changed": {"fr": "Modifiés : {titles}", "en": "Changed: {titles}"},
    "content_changed": {"fr": "Le texte des documents a changé, mais pas leur liste.",
                        "en": "The documents' text changed, but not their list."},
    # -- help channels, the message menu, follow-ups and /insights
    "channels_added": {"fr": "C'est noté : je réponds désormais de moi-même dans {channel}, seulement quand les documents ont une réponse sûre. On peut toujours me mentionner.",
                      "en": 'Noted: I now answer by myself in {channel}, only when the documents hold a confident answer. People can still mention me.'},
    "channels_already": {"fr": 'Je réponds déjà de moi-même dans {channel}.',
                        "en": 'I already answer by myself in {channel}.'},
    "channels_removed": {"fr": 'Je ne réponds plus de moi-même dans {channel} (on peut toujours me mentionner).',
                        "en": 'I no longer answer by myself in {channel} (people can still mention me).'},
    "channels_absent": {"fr": 'Je ne réponds pas de moi-même dans {channel} : rien à retirer.',
                       "en": 'I do not answer by myself in {channel}: nothing to remove.'},
    "channels_list": {"fr": 'Je réponds de moi-même dans : {channels}',
                     "en": 'I answer by myself in: {channels}'},
    "channels_none": {"fr": 'Je ne réponds de moi-même dans aucun salon de ce serveur. Ajoutez-en un avec `/channels add`.',
                     "en": 'I answer by myself in no channel of this server. Add one with `/channels add`.'},
    "channels_kind": {"fr": 'Je ne réponds de moi-même que dans un salon textuel ou un forum.',
                     "en": 'I answer by myself only in a text channel or a forum.'},
    "intent_missing": {"fr": "Pour lire les messages qui ne me mentionnent pas, il me faut l'intent **Message Content** : dans le portail développeur de Discord (https://discord.com/developers/applications), ouvrez l'application, puis **Bot** → **Privileged Gateway Intents**, activez **Message Content**, enregistrez et redémarrez le bot. D'ici là, je réponds aux posts de forum d'après leur seul titre.",
                      "en": 'To read messages that do not mention me I need the **Message Content** intent: in the Discord developer portal (https://discord.com/developers/applications), open the application, then **Bot** → **Privileged Gateway Intents**, turn on **Message Content**, save, and restart the bot. Until then I answer forum posts from their title alone.'},
    "menu_no_text": {"fr": "Ce message n'a pas de texte que je puisse chercher dans les documents (une image seule, un fichier ou un message vide).",
                    "en": 'This message has no text I can look up in the documents (an image alone, a file or an empty message).'},
    "menu_answered": {"fr": "J'ai répondu sous le message : {link}",
                     "en": 'I answered under the message: {link}'},
    "understood": {"fr": 'Question comprise : « {question} »',
                  "en": 'I understood: “{question}”'},
    "understood_after": {"fr": 'Question comprise : « {question} » (à la suite de « {previous} »)',
                        "en": 'I understood: “{question}” (following “{previous}”)'},
    "insights_title": {"fr": 'Questions des {days} derniers jours',
                      "en": 'Questions of the last {days} days'},
    "insights_summary": {"fr": '{asked} question(s) posée(s), {answered} avec une réponse des documents.',
                        "en": '{asked} question(s) asked, {answered} answered by the documents.'},
    "insights_most_asked": {"fr": 'Les plus posées',
                           "en": 'Most asked'},
    "insights_unanswered": {"fr": 'Sans réponse dans les documents (questions proches regroupées)',
                           "en": 'Not answered by the documents (similar questions grouped)'},
    "insights_voted_down": {"fr": 'Réponses jugées 👎',
                           "en": 'Answers voted 👎'},
    "insights_none": {"fr": 'Aucune.',
                     "en": 'None.'},
    "insights_also": {"fr": 'aussi : {variants}',
                     "en": 'also: {variants}'},
    # -- engine errors, by kind (corpus.errors.MESSAGES); values are escaped before wording
    "error.corpus_missing": {"fr": "le dossier du corpus {path} n'existe pas.", "en": "the corpus folder {path} does not exist."},
    "error.corpus_not_folder": {"fr": "le corpus {path} n'est pas un dossier.", "en": "the corpus {path} is not a folder."},
    "error.corpus_empty": {"fr": "aucun document lisible dans {path} : le corpus est vide.",
                           "en": "no readable document in {path}: the corpus is empty."},
    "error.question_empty": {"fr": "la question est vide.", "en": "the question is empty."},
    "error.question_too_long": {"fr": "la question est trop longue ({length} caractères, {limit} au plus).",
                                "en": "the question is too long ({length} characters, {limit} at most)."},
    "error.index_other_corpus": {"fr": "le fichier d'index {path} appartient au corpus {recorded}, pas à {asked}.",
                                 "en": "the index file {path} belongs to the corpus {recorded}, not {asked}."},
    "error.index_not_ours": {"fr": "{path} n'est pas un fichier d'index de corpus-bot : il n'a pas été touché.",
                             "en": "{path} is not a corpus-bot index file: it was left as it is."},
    "error.index_unwritable": {"fr": "impossible d'écrire l'index dans {path} ({reason}).",
                               "en": "cannot write the index to {path} ({reason})."},
    "error.index": {"fr": "le fichier d'index {path} est inutilisable ; reconstruisez-le avec `corpus-bot index build`.",
                    "en": "the index file {path} cannot be used; rebuild it with `corpus-bot index build`."},
    # -- slash commands (read by Translator; the English is also the default Discord shows)
    "cmd.ask": {"fr": "demander", "en": "ask"},
    "cmd.ask.description": {"fr": "Poser une question aux documents", "en": "Ask the documents a question"},
    "cmd.ask.question": {"fr": "question", "en": "question"},
    "cmd.ask.question.description": {"fr": "Ce que vous voulez savoir, en français ou en anglais",
                                     "en": "What you want to know, in French or English"},
    "cmd.ask.private": {"fr": "prive", "en": "private"},
    "cmd.ask.private.description": {"fr": "Vous seul voyez la réponse (par défaut : tout le salon)",
                                    "en": "Only you see the answer (default: everyone in the channel)"},
    "cmd.sources": {"fr": "sources", "en": "sources"},
    "cmd.sources.description": {"fr": "Lister les documents connus", "en": "List the documents I know"},
    "cmd.source": {"fr": "document", "en": "source"},
    "cmd.source.description": {"fr": "Afficher un document", "en": "Show one document"},
    "cmd.source.document": {"fr": "document", "en": "document"},
    "cmd.source.document.description": {"fr": "Le titre ou l'identifiant du document", "en": "The document's title or id"},
    "cmd.reload": {"fr": "relire", "en": "reload"},
    "cmd.reload.description": {"fr": "Relire le dossier du corpus", "en": "Read the corpus folder again"},
    "cmd.channels": {"fr": "salons", "en": "channels"},
    "cmd.channels.description": {"fr": "Où je réponds de moi-même", "en": "Where I answer by myself"},
    "cmd.channels.add": {"fr": "ajouter", "en": "add"},
    "cmd.channels.add.description": {"fr": "Répondre de moi-même dans ce salon ou ce forum",
                                     "en": "Answer by myself in this channel or forum"},
    "cmd.channels.remove": {"fr": "retirer", "en": "remove"},
    "cmd.channels.remove.description": {"fr": "Ne plus répondre de moi-même dans ce salon ou ce forum",
                                        "en": "Stop answering by myself in this channel or forum"},
    "cmd.channels.list": {"fr": "liste", "en": "list"},
    "cmd.channels.list.description": {"fr": "Les salons où je réponds de moi-même", "en": "The channels where I answer by myself"},
    "cmd.channels.channel": {"fr": "salon", "en": "channel"},
    "cmd.channels.channel.description": {"fr": "Un salon textuel ou un forum", "en": "A text channel or a forum"},
    "cmd.insights": {"fr": "bilan", "en": "insights"},
    "cmd.insights.description": {"fr": "Ce qu'on m'a demandé et ce qui manque aux documents",
                                 "en": "What people asked and what the documents miss"},
    "cmd.insights.days": {"fr": "jours", "en": "days"},
    "cmd.insights.days.description": {"fr": "Les 7 ou 30 derniers jours (7 par défaut)",
                                      "en": "The last 7 or 30 days (default 7)"},
    "cmd.menu.ask": {"fr": "Demander aux documents", "en": "Ask the documents"},
    "cmd.menu.ask_privately": {"fr": "Demander aux documents (en privé)", "en": "Ask the documents privately"},
}


def say(lang: str, key: str, **values: object) -> str:
    entry = WORDS[key]
    return entry.get(lang, entry["fr"]).format(**values)


def language_of_locale(locale: object, default: str = "fr") -> str:
    """French or English from a Discord locale ("fr", "en-US", ...); other locales get the default."""
    code = str(getattr(locale, "value", locale) or "").lower()
    return next((lang for lang in LANGUAGES if code.startswith(lang)), default)


def error_words(error: Exception, lang: str, escape) -> str:
    """An engine error (corpus.CorpusError) in the user's language; `escape` makes values inert."""
    kind = getattr(error, "kind", "")
    values = {name: escape(str(value)) for name, value in getattr(error, "values", {}).items()}
    key = f"error.{kind}"
    if key not in WORDS:
        key = "error.index" if kind.startswith("index") and "path" in values else ""
    return say(lang, key, **values) if key else escape(str(error))


def command(key: str) -> app_commands.locale_str:
    """A command's name or description: English for Discord's default, the key for Translator."""
    return app_commands.locale_str(WORDS[key]["en"], key=key)


class Translator(app_commands.Translator):
    """Gives Discord the French names and descriptions of the slash commands."""

    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContext
    ) -> str | None:
        key = string.extras.get("key")
        lang = language_of_locale(locale, default="")
        if key not in WORDS or lang not in LANGUAGES or lang == "en":
            return None  # None: Discord shows the default (English) text
        return WORDS[key][lang]
