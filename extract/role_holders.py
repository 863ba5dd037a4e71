"""Who holds a role ("Clerk", "Chairman", "Treasurer"): the ways minutes name a role's holder
("Clerk: Jane Roe", "Jane Roe (Clerk)", "the Clerk, Mrs Jane Roe" ...: ``holder_patterns``), searched only near
the role's mentions (``near_mentions``); read by ``actions._Finder._named_as``.
"""
from __future__ import annotations

import functools
import re

_HOLDER_TITLE = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Revd)\.?\s+)?"
_HOLDER_NAME = (r"(?P<name>(?:(?:[A-Z][a-z]+|[A-Z]\.?)(?:[^\S\n]+[A-Z]\.?)*[^\S\n]+|(?:[A-Z]\.){1,3})(?:Mc|Mac|O['’])?[A-Z][a-z]+"
                r"(?:-[A-Z][a-z]+)?)(?![\w'’-])")
_BODY_WORD = r"(?:Council|Committee|Board|Trust|Authority|Partnership|Panel|Forum|Group|Governors)"
# after a role, no other body's name ("Jane Roe, Chair of the Planning Committee"), but the council's own
# ("Jane Roe, Chairman of the Parish Council")
_NOT_OTHER_BODY = r"(?!\s+(?:of|to|for)\b(?![^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*[^\S\n]+){0,3}Council\b))"
# roles one person holds, whose holder a longer phrase ending in them still means ("Remembrance Sunday Clerk" after an
# item's title), unless a word makes it another post ("Deputy Clerk", "Assistant Treasurer")
HELD_ROLES = frozenset({"clerk", "chair", "chairman", "chairperson", "treasurer", "secretary"})
SUBORDINATE = re.compile(r"\b(?:deputy|assistant|vice|acting|joint|locum|former|previous|county|district|city|borough)\b", re.I)
_ROLE_WORDS = r"(?i:(?:vice|deputy|chair|clerk|treasurer|secretary|mayor|president)\w*\b)"  # no name: "Clerk Chairman Helen ..."
_HOLDER_NAME_DASH = r"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.?)(?:[^\S\n]+[A-Z]\.?)*[^\S\n]+(?:Mc|Mac|O['’])?[A-Z][a-z]+)"  # before a dash


def _role_word(role: str) -> str:
    """The pattern of a role's name as the holder patterns look for it (any case)."""
    return r"chair(?:man|person|woman)?" if re.fullmatch(r"(?i:chair(?:man|person|woman)?)", role) else re.escape(role)


_ROLE_REACH = 300  # characters: a holder's name lies this close to the mention of the role that names it


def near_mentions(text: str, role: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (whole lines) within ``_ROLE_REACH`` characters of a mention of ``role``,
    merged, in order. Every holder pattern matches across a mention of the role, so searching these
    finds what searching the whole text finds, without trying each pattern at every character."""
    stretches: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?i:{_role_word(role)})", text):
        start = text.rfind("\n", 0, max(m.start() - _ROLE_REACH, 0)) + 1
        stop = text.find("\n", min(m.end() + _ROLE_REACH, len(text)))
        stop = len(text) if stop < 0 else stop
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], stop))
        else:
            stretches.append((start, stop))
    return stretches


@functools.lru_cache(maxsize=64)
def holder_patterns(role: str) -> tuple[re.Pattern, ...]:
    """The ways minutes name who holds ``role`` (see ``_Finder._named_as``); never a vice- or deputy role."""
    word = _role_word(role)
    r = rf"(?<![\w-])(?<!vice )(?<!deputy )(?<!assistant )(?i:{word})(?!\w|-\w)"  # "Clerk- Jane Roe", not "Clerk-elect"
    q = r"(?:[A-Z][\w-]*[^\S\n]+)?"  # "Parish Clerk", "Town Clerk"
    title, name = _HOLDER_TITLE, _HOLDER_NAME
    return tuple(re.compile(p) for p in (
        rf"(?<![Tt]he ){r}(?:[^\S\n]+in[^\S\n]+attendance)?[^\S\n]*[:–—-][^\S\n]*{title}{name}",  # Clerk: Jane Roe
        # (or "Parish Clerk in attendance – Jane Roe")
        rf"{r}[^\S\n]+(?:to|of)[^\S\n]+the[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{0,3}}{_BODY_WORD}[^\S\n]*[,:–—-][^\S\n]*{title}{name}",
        # Clerk to the Parish Council, Jane Roe
        rf"{name}[^\S\n]*\((?i:the\s+)?{q}{r}(?:[^()\n]{{0,30}}|[^\S\n]+(?:and|&)[^\S\n]+[^()\n]{{0,40}})\)",
        # Jane Roe (Clerk), Jane Roe (Parish Clerk and Responsible Financial Officer)
        rf"{r}[^\S\n]*\([^\S\n]*{title}{name}[^\S\n]*\)",  # Parish Clerk (Mrs Jane Roe): the post, its holder in brackets
        rf"\b(?i:the)\s+{q}{r}(?:,|[^\S\n]+[–—-])?[^\S\n]+{title}{name}",  # the Clerk, Mrs Jane Roe; the Clerk – Jane Roe
        rf"{name},[^\S\n]+(?i:the\s+)?{q}{r}{_NOT_OTHER_BODY}",  # Jane Roe, Parish Clerk
        rf"(?<![\w/&])(?<![\w/&] ){_HOLDER_NAME_DASH}[^\S\n]*[–—-][^\S\n]*(?!(?i:the)\b){q}(?i:{word})(?![\w-]){_NOT_OTHER_BODY}",
        # Jane Roe - Clerk (not an item's title: "Pavilion/Sports Club – Clerk reported ...")
        rf"(?m:^[^\S\n]*{q}{r}[^\S\n]*:[^\S\n]*\n[^\S\n]*{title}{name}[^\S\n]*$)",  # "Parish Clerk:" over a line "Jane Roe"
        rf"(?m:^[^\w\n]*{title}{name}(?:[^\S\n]{{2,}}|[^\S\n]*\t[^\S\n]*){q}{r}[^\S\n]*$)",  # Jane Roe      Clerk
        rf"(?m:^[^\S\n]*{q}{r}[^\S\n]+(?!{_ROLE_WORDS}){title}{name}(?=[^\S\n]*(?:[,;(]|$)))",  # a line opening "Parish Clerk Jane Roe,"
        rf"(?<![Tt]he )(?<![–—-] ){r}[^\S\n]+{title}(?P<name>(?:[A-Z]\.?[^\S\n]+){{1,3}}(?:Mc|Mac|O['’])?[A-Z][a-z]+)\b(?![^\S\n]+[A-Z][a-z])",
        # initials and a surname right after the role, in a line of columns run together: "Cllr D Moss Clerk B Hale 2 residents"
        # (not the role of the name before a dash: "Cllr A Lake – Chairman Cllr B Moss")
    ) + ((rf"{title}{name}[^\S\n]*\((?i:in[^\S\n]+the[^\S\n]+chair)\)",  # Jane Roe (in the Chair)
          rf"(?i:in[^\S\n]+the[^\S\n]+chair|chaired[^\S\n]+by)[^\S\n]*[:–—-]?[^\S\n]*(?!{_ROLE_WORDS}){title}{name}")  # Chaired by: Jane Roe
         if word.startswith("chair") else ()))
