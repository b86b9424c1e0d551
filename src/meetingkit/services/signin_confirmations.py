"""The phone's second thoughts: a change that removes something is asked about on a page of
its own before it is made.

A thumb on a small screen un-ticks a box or taps a button by mistake, and a phone has no
Undo: taking back one's sign-in, or saving commitments with one of the saved ones un-ticked,
first shows what would go, with a button for each answer. Plain forms, no JavaScript.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape

from meetingkit.services.signin_pages import (
    hidden_fields,
    language_switch,
    language_switch_form,
    meeting_line,
    page,
    t,
)
from meetingkit.storage.signin_commitments import Gave


def dropped(gave: Gave, ticked: Collection[int], hours: int | None) -> Gave:
    """What saving `ticked` and `hours` would take back of what this sign-in gave before: the
    options no longer ticked, and its hours a week when none are given now."""
    return Gave(gave.ticked - frozenset(ticked), gave.hours if hours is None else None)


def withdraw_page(
    *,
    language: str,
    meeting_title: str,
    action: str,
    csrf: str,
    keep_href: str,
    switch_href: str,
) -> str:
    """Take back one's sign-in? Yes posts the confirmation; No goes back, removing nothing."""
    return page(
        language,
        t(language, "withdraw_title"),
        language_switch(language, switch_href)
        + f"<h1>{escape(t(language, 'withdraw_title'))}</h1>"
        + meeting_line(meeting_title)
        + f"<p>{escape(t(language, 'withdraw_explain'))}</p>"
        f'<form method="post" action="{escape(action)}">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        '<input type="hidden" name="confirm" value="yes">'
        f'<button class="danger" type="submit">{escape(t(language, "withdraw_yes"))}</button>'
        "</form>"
        f'<p><a href="{escape(keep_href)}">{escape(t(language, "withdraw_keep"))}</a></p>',
    )


def uncommit_page(
    *,
    language: str,
    meeting_title: str,
    going: Sequence[str],
    ticked: Sequence[int],
    hours: str,
    action: str,
    csrf: str,
    switch_action: str,
) -> str:
    """Remove the saved commitments that were un-ticked (`going`, as this page's language
    says them)? The form carries what was sent back again, with the answer: "remove" saves
    it as sent, "keep" saves it with them kept. The language switch sends it back unanswered,
    to be asked again in the other language."""
    listed = "".join(f'<li dir="auto">{escape(text)}</li>' for text in going)
    opts = {f"opt_{option_id}": "yes" for option_id in ticked}
    return page(
        language,
        t(language, "uncommit_title"),
        language_switch_form(language, switch_action, {"csrf": csrf, **opts, "hours": hours})
        + f"<h1>{escape(t(language, 'uncommit_title'))}</h1>"
        + meeting_line(meeting_title)
        + f"<p>{escape(t(language, 'uncommit_explain'))}</p><ul>{listed}</ul>"
        f'<form method="post" action="{escape(action)}">'
        + hidden_fields({"csrf": csrf, "lang": language, **opts, "hours": hours})
        + f'<button class="danger" type="submit" name="confirm" value="remove">'
        f"{escape(t(language, 'uncommit_yes'))}</button>"
        f'<button type="submit" name="confirm" value="keep">'
        f"{escape(t(language, 'uncommit_keep'))}</button></form>",
    )
