"""The limits a caller of the engine must know, in one place.

A front end that refuses long questions itself (the bot, with its own setting) takes its
ceiling from here, so it never accepts a question the engine would then refuse.
"""
MAX_QUESTION_CHARS = 1000  # longer is a pasted document, not a question
