"""The bot's own limits, in one place (Discord's are in `bot.send`, the engine's in `corpus.limits`)."""
import os

PAGE = 3  # excerpts per page: enough to compare sources, short enough to read on a phone
# Beyond this many passages a search may take long enough to delay a first response: acknowledge first.
LARGE = 20_000
# Searches run in this many threads, off the event loop: numpy releases the GIL for its share,
# and more threads than cores would only queue inside the interpreter.
SEARCH_WORKERS = max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
RECENT_QUESTIONS = 5000  # questions whose buttons still work
FORUM_POSTS_REMEMBERED = 10_000  # forum posts known to be opened already, so a post is answered once
FOLLOW_UP_WORDS = 5  # a mention this short in an answered thread is a follow-up, read with the thread's question
INSIGHTS_LISTED = 10  # lines per section of /insights and `corpus-bot insights`; --csv is the export
SIMILAR_QUESTIONS = 80  # rapidfuzz token_sort_ratio (0..100) from which two unanswered questions are one group
# Distinct unanswered wordings grouped for insights, most frequent first: grouping compares each
# with every group so far, so this bounds its time (5,000 take about 0.2 s); rarer ones are left out.
INSIGHTS_GROUPED = 5_000
