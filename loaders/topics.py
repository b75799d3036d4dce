"""Which topic a table or sentence belongs to, judged by the words it holds.

The vocabulary is data (`data/topics.csv`: a topic, its title and the words that
mark it, `|`-separated), so another council's wording is added there, not in
code.  A table is scored on its caption, header and row labels; the topic with
most distinct words wins, and a table that names none stays in `tables`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TOPICS_FILE = Path(__file__).resolve().parent.parent / "data" / "topics.csv"
GENERIC = "tables"


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    pattern: re.Pattern[str]
    unit: str | None = None  # what a number of the topic counts when its table does not say ("years")
    text_units: tuple[str, ...] = ()  # units a figure in running text must have to be the topic's ("GBP", "%")
    text_pattern: re.Pattern[str] | None = None  # the words that claim a sentence, where the table words are too
    # common in running text ("savings" of a housing study are no savings plan); None: the table words
    not_pattern: re.Pattern[str] | None = None  # what holds the topic's words yet is not the topic: in a figure's
    # own label it is no figure of the topic ("a deficit of £190m" by a savings plan), elsewhere it is not counted
    # ("energy efficiency" is no efficiency programme)

    def takes_unit(self, unit: str | None) -> bool:
        """Whether a figure in this unit (None: a plain number) can be the topic's ("GBP" takes "GBP millions")."""
        unit = unit or "number"
        return any(unit == u or unit.startswith(u + " ") for u in self.text_units)


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    """The topics of data/topics.csv, each with one pattern of its words."""
    out = []
    with TOPICS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            units = tuple(u.strip() for u in (row.get("text_units") or "").split("|") if u.strip())
            in_text = _words_pattern(row["text_words"]) if row.get("text_words") else None
            not_topic = _words_pattern(row["not_words"]) if row.get("not_words") else None
            pattern = _words_pattern(row["words"])
            out.append(Topic(row["topic"], row["title"], pattern, row.get("unit") or None, units, in_text, not_topic))
    return tuple(out)


def _words_pattern(words: str) -> re.Pattern[str]:
    """One case-insensitive pattern of `|`-separated words, each whole (the longest tried first)."""
    ordered = sorted((w.strip() for w in words.split("|") if w.strip()), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![A-Za-z])", re.IGNORECASE)


def classify(title: str, body: str = "") -> str:
    """The topic whose words the text names most (the title's count double); `tables` when none is named."""
    best, best_score = GENERIC, 0
    for topic in topics():
        score = 2 * len({m.casefold() for m in topic.pattern.findall(title)}) + len(
            {m.casefold() for m in topic.pattern.findall(body)}
        )
        if score > best_score:
            best, best_score = topic.name, score
    return best if best_score >= 2 else GENERIC


def of_figure(label: str, sentence: str, heading: str | None, unit: str | None, paragraph: str = "") -> str:
    """The topic a figure in running text is about, by the topic words around it: of its own label and the
    heading over it (2 each), the rest of its sentence (1 each: "The efficiency programme has delivered
    £27.4m"), the rest of its paragraph (1/2 each: "The full year target was £41.5m" after it).  Only a topic
    whose `text_units` take the figure's unit can have it: a sentence on savings may count staff or years, and
    those stay figures, as do figures whose own label holds a topic's `not_words` ("deficit") or names only
    another topic's words ("employment rate" beside the Better Care Fund).  `tables` (no topic) unless one topic
    scores 1 or more, and more than any other."""
    scores: list[tuple[float, str]] = []
    # the topics the figure's own label names, by their table words, whatever units they take ("employment rate"
    # under a tile of the Better Care Fund): a figure whose label names another topic and not this one is not its
    labelled = {t.name for t in topics() if t.pattern.search(label)}
    for topic in topics():
        if not topic.takes_unit(unit):
            continue
        words = topic.text_pattern or topic.pattern
        if labelled and topic.name not in labelled and not words.search(label):
            continue
        if topic.not_pattern:
            if topic.not_pattern.search(label):
                continue
            sentence, paragraph = topic.not_pattern.sub(" ", sentence), topic.not_pattern.sub(" ", paragraph)
        own = {m.casefold() for m in words.findall(label)}
        if heading:
            own |= {m.casefold() for m in words.findall(heading)}
        near = {m.casefold() for m in words.findall(sentence)} - own
        far = {m.casefold() for m in words.findall(paragraph)} - own - near
        if own or near or far:
            scores.append((2 * len(own) + len(near) + len(far) / 2, topic.name))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < 1 or len(scores) > 1 and scores[1][0] == scores[0][0]:
        return GENERIC
    return scores[0][1]


def default_unit(name: str) -> str | None:
    """The unit data/topics.csv gives a topic's numbers when their table names none."""
    return next((t.unit for t in topics() if t.name == name), None)
