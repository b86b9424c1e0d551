"""The attendee's pages: the sign-in form, the confirmation, and polite refusals.

Plain HTML, no JavaScript, no external assets, one small stylesheet served by the laptop.
Every value that came from a person or the database is escaped here, at the last moment.
English and Spanish; the phone's language decides unless the person switches.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from meetingkit.core.signin import (
    CONSENTS,
    FieldKind,
    FieldSpec,
    FormSettings,
    group_field,
    groups_legend,
    groups_note,
    ticked_groups,
)

LANGUAGES = ("en", "es")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "sign_in": "Sign in",
        "check": "Check that the screen in the room shows",
        "submit": "Sign in",
        "consents": "Only if you agree — leave unticked otherwise",
        "yes": "Yes",
        "no": "No",
        "choose": "Choose…",
        "privacy": "Your answers go over this Wi-Fi, unencrypted, to the organizer's laptop, not "
        "to the internet. If you agree to be contacted, the organizer may later upload your "
        "details to the group's contact list (for example on Action Network).",
        "other_language": "Español",
        "done": "You are signed in",
        "thanks": "Thank you, {name}. Welcome!",
        "fix": "Fix my answers",
        "withdraw": "Take back my sign-in…",
        "window": "You can fix or take back your sign-in for 15 minutes.",
        "withdraw_title": "Take back your sign-in?",
        "withdraw_explain": "This removes your sign-in and the answers you gave: the "
        "organizers will not see that you came. You can sign in again afterwards.",
        "withdraw_yes": "Yes, take back my sign-in",
        "withdraw_keep": "No, keep my sign-in",
        "withdrawn_title": "Sign-in taken back",
        "withdrawn": "Your sign-in was taken back. Nothing about it is kept.",
        "sign_in_again": "Sign in again",
        "closed_title": "Sign-in is not open",
        "closed": "This link does not open a sign-in right now. Ask the organizer for the "
        "current QR code, or sign in on the laptop at the door.",
        "misdirected": "This address does not open the sign-in. Scan the QR code in the room "
        "again, or sign in on the laptop at the door.",
        "expired_title": "Please try again",
        "expired": "The form had expired, so nothing was saved. Go back to the form and send "
        "it again.",
        "no_cookie": "This browser did not send back the cookie the form needs, so your "
        "sign-in was not saved: it may be set to block cookies. Allow cookies for this page and "
        "go back to the form, or sign in on the laptop at the door.",
        "too_late_title": "Your sign-in can no longer be changed",
        "too_late": "The 15 minutes to change your sign-in have passed. Ask the organizer if "
        "something needs fixing.",
        "back_to_signin": "Back to my sign-in",
        "back_to_form": "Back to the form",
        "try_again": "Try again",
        "error_title": "Error: {title}",
        "busy_title": "One moment",
        "busy": "Too many tries from this network just now. Wait a minute and try again, or sign "
        "in on the laptop at the door.",
        "too_large": "That was more than a sign-in form holds.",
        "bad_request": "The form could not be read, so nothing was saved.",
        "not_saved_title": "Not signed in",
        "not_saved": "The organizer's laptop could not save your sign-in. Send it again in a "
        "minute; if it still fails, tell an organizer, or sign the paper sheet at the door.",
        "send_again": "Send it again",
        "fix_errors": "Please check the fields marked below.",
        "save": "Save changes",
        "commit_title": "What will you do next?",
        "commit_note": "Tick what you will do. An organizer will be in touch to help.",
        "hours": "Hours a week I can give (optional)",
        "commit_save": "Save my commitments",
        "commit_saved": "Saved — thank you! You can change them here while sign-in is open.",
        "bad_hours": "Hours a week must be a whole number from 1 to 80.",
        "uncommit_title": "Remove what you un-ticked?",
        "uncommit_explain": "You had saved these, and saving now removes them:",
        "uncommit_yes": "Yes, remove",
        "uncommit_keep": "No, keep what I had saved",
        "hours_one": "Give 1 hour a week",
        "hours_many": "Give {n} hours a week",
        "ended_title": "This meeting has ended",
        "ended": "Sign-in closed when the meeting ended. If you came and could not sign in, "
        "tell an organizer.",
        "ended_note": "This meeting has ended. To change your commitments, ask an organizer.",
        "ended_kept": "Sign-in closed when the meeting ended. Your sign-in is kept; if something "
        "in it needs changing, ask an organizer.",
        "unavailable_title": "This page is not available",
        "unavailable": "A sign-in's page opens only in the browser that sent it. To sign in, "
        "scan the QR code in the room. If something in your sign-in needs fixing, ask an "
        "organizer.",
        "thanks_plain": "Thank you. Welcome!",
        "no_cookies": "This browser does not keep cookies, so this page will not open again, "
        "and this sign-in cannot be fixed or taken back from this phone. If something needs "
        "changing, ask an organizer.",
        "no_cookies_commit": "To say what you will do next, tell an organizer.",
    },
    "es": {
        "sign_in": "Regístrate",
        "check": "Verifica que la pantalla de la sala muestre",
        "submit": "Registrarme",
        "consents": "Solo si estás de acuerdo; si no, déjalas sin marcar",
        "yes": "Sí",
        "no": "No",
        "choose": "Elige…",
        "privacy": "Tus respuestas viajan por esta red Wi-Fi, sin cifrar, a la computadora de "
        "quien organiza, no a internet. Si aceptas que te contacten, quien organiza podrá subir "
        "después tus datos a la lista de contactos del grupo (por ejemplo, en Action Network).",
        "other_language": "English",
        "done": "Tu registro quedó listo",
        "thanks": "Gracias, {name}. ¡Te damos la bienvenida!",
        "fix": "Corregir mis respuestas",
        "withdraw": "Retirar mi registro…",
        "window": "Puedes corregir o retirar tu registro durante 15 minutos.",
        "withdraw_title": "¿Retirar tu registro?",
        "withdraw_explain": "Esto quita tu registro y las respuestas que diste: quien organiza "
        "no verá que viniste. Después puedes volver a registrarte.",
        "withdraw_yes": "Sí, retirar mi registro",
        "withdraw_keep": "No, mantener mi registro",
        "withdrawn_title": "Registro retirado",
        "withdrawn": "Retiraste tu registro. No se guarda nada de él.",
        "sign_in_again": "Volver a registrarme",
        "closed_title": "El registro no está abierto",
        "closed": "Este enlace no abre un registro ahora. Pide a quien organiza el código QR "
        "vigente, o regístrate en la computadora de la entrada.",
        "misdirected": "Esta dirección no abre el registro. Vuelve a escanear el código QR de la "
        "sala, o regístrate en la computadora de la entrada.",
        "expired_title": "Inténtalo de nuevo",
        "expired": "El formulario venció, así que no se guardó nada. Vuelve al formulario y "
        "envíalo de nuevo.",
        "no_cookie": "Este navegador no devolvió la cookie que necesita el formulario, así "
        "que tu registro no se guardó: puede que tenga las cookies bloqueadas. Permite las "
        "cookies para esta página y vuelve al formulario, o regístrate en la computadora "
        "de la entrada.",
        "too_late_title": "Tu registro ya no se puede cambiar",
        "too_late": "Ya pasaron los 15 minutos para cambiar tu registro. Pregunta a quien "
        "organiza si hay que corregir algo.",
        "back_to_signin": "Volver a mi registro",
        "back_to_form": "Volver al formulario",
        "try_again": "Intentar de nuevo",
        "error_title": "Error: {title}",
        "busy_title": "Un momento",
        "busy": "Demasiados intentos desde esta red en este momento. Espera un minuto y vuelve a "
        "intentarlo, o regístrate en la computadora de la entrada.",
        "too_large": "Eso es más de lo que cabe en un formulario de registro.",
        "bad_request": "No se pudo leer el formulario, así que no se guardó nada.",
        "not_saved_title": "No se guardó tu registro",
        "not_saved": "La computadora de quien organiza no pudo guardar tu registro. Envíalo de "
        "nuevo en un minuto; si vuelve a fallar, avísale a alguien del equipo organizador, o "
        "firma la hoja de papel de la entrada.",
        "send_again": "Enviarlo de nuevo",
        "fix_errors": "Revisa los campos marcados abajo.",
        "save": "Guardar cambios",
        "commit_title": "¿Qué harás ahora?",
        "commit_note": "Marca lo que harás. Alguien del equipo organizador te contactará para "
        "ayudarte.",
        "hours": "Horas por semana que puedo dar (opcional)",
        "commit_save": "Guardar mis compromisos",
        "commit_saved": "Guardado, ¡gracias! Puedes cambiarlos aquí mientras el registro esté "
        "abierto.",
        "bad_hours": "Las horas por semana deben ser un número entero de 1 a 80.",
        "uncommit_title": "¿Quitar lo que desmarcaste?",
        "uncommit_explain": "Ya habías guardado esto, y si guardas ahora se quita:",
        "uncommit_yes": "Sí, quitar",
        "uncommit_keep": "No, mantener lo guardado",
        "hours_one": "Dar 1 hora por semana",
        "hours_many": "Dar {n} horas por semana",
        "ended_title": "Esta reunión ya terminó",
        "ended": "El registro se cerró cuando terminó la reunión. Si viniste y no pudiste "
        "registrarte, avísale a alguien del equipo organizador.",
        "ended_note": "Esta reunión ya terminó. Para cambiar tus compromisos, pregunta a quien "
        "organiza.",
        "ended_kept": "El registro se cerró cuando terminó la reunión. Tu registro se guardó; si "
        "hay que cambiar algo, pregunta a quien organiza.",
        "unavailable_title": "Esta página no está disponible",
        "unavailable": "La página de un registro solo se abre en el navegador que lo envió. Para "
        "registrarte, escanea el código QR de la sala. Si hay que corregir algo de tu registro, "
        "pregunta a quien organiza.",
        "thanks_plain": "Gracias. ¡Te damos la bienvenida!",
        "no_cookies": "Este navegador no guarda cookies, así que esta página no se volverá a "
        "abrir, y no puedes corregir ni retirar este registro desde este teléfono. Si hay que "
        "cambiar algo, pregunta a quien organiza.",
        "no_cookies_commit": "Para decir qué harás ahora, habla con alguien del equipo "
        "organizador.",
    },
}

STYLESHEET = """
:root{color-scheme:light dark;--bg:#f6f6f4;--fg:#1b1b1b;--field:#fff;--line:#767676;--muted:#555;
--accent:#1f6f5c;--accent-line:#1f6f5c;--accent-soft:#e7f4ee;--on-accent:#fff;--link:#1f5c9c;
--error:#a3161a;--error-soft:#fbeaea;--danger:#a3161a;--phrase:#fff6d6;--phrase-line:#a4841f}
@media (prefers-color-scheme:dark){:root{--bg:#151515;--fg:#ececec;--field:#232323;
--line:#9a9a9a;--muted:#c2c2c2;--accent:#1f6f5c;--accent-line:#5cbf9f;--accent-soft:#173a30;
--link:#93bff5;--error:#ff9a9a;--error-soft:#3d1c1c;--danger:#a3161a;--phrase:#3b3218;
--phrase-line:#b39338}}
*{box-sizing:border-box}
/* in rem: everything grows with the browser's own text size; a long word wraps */
body{margin:0;font:1.125rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
main{max-width:34rem;margin:0 auto;padding:1rem max(.5rem,min(1rem,4vw)) 3rem}
h1{font-size:clamp(1.3rem,1rem + 3vw,1.6rem);line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.25rem;line-height:1.25;margin:1.6rem 0 .3rem}
.meeting{font-weight:600;margin:0 0 .6rem}
.phrase{background:var(--phrase);border:1px solid var(--phrase-line);border-radius:.5rem;
padding:.5rem .75rem}
/* never smaller than the text around it: a zoomed phone wraps it rather than shrink it */
.phrase b{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.15rem;
display:inline-block;max-width:100%}
form{margin-top:1rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
input[type=text],input[type=email],input[type=tel],select{width:100%;font-size:1.1rem;
min-height:max(2.75rem,44px);padding:.6rem;border:1px solid var(--line);border-radius:.45rem;
background:var(--field);color:var(--fg)}
fieldset{border:0;padding:0;margin:.9rem 0 0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:.25rem}
.choice{display:inline-flex;align-items:center;gap:.5rem;min-height:max(2.75rem,44px);
min-width:6rem;margin:0 .6rem .3rem 0;padding:0 1rem 0 .75rem;border:1px solid var(--line);
border-radius:.45rem;background:var(--field);font-weight:400}
.choice:has(:checked){border-color:var(--accent-line);box-shadow:0 0 0 1px var(--accent-line);
background:var(--accent-soft)}
.choice input{width:1.4rem;height:1.4rem;flex:none;margin:0}
.consent{display:flex;gap:.6rem;align-items:flex-start;min-height:max(2.75rem,44px);
font-weight:400;margin:.1rem 0;padding:.5rem 0}
.consent input{width:1.4rem;height:1.4rem;flex:none;margin:.15rem 0 0}
.error{color:var(--error);font-weight:600;margin:.2rem 0 0}
input.invalid,select.invalid{border-color:var(--error);box-shadow:0 0 0 1px var(--error)}
.invalid .choice{border-color:var(--error)}
.errorbox{border-left:.3rem solid var(--error);background:var(--error-soft);padding:.5rem .75rem}
button{width:100%;min-height:max(2.75rem,44px);margin-top:1.4rem;font:inherit;font-size:1.15rem;
font-weight:700;padding:.75rem .25rem;border:0;border-radius:.55rem;background:var(--accent);
color:var(--on-accent);overflow-wrap:anywhere}
button.secondary{background:var(--field);color:var(--error);border:1px solid var(--error)}
button.danger{background:var(--danger);color:#fff}
/* what the Enter key presses, first in the page for the language switch to come second */
button.default{position:absolute;width:1px;height:1px;min-height:0;margin:0;padding:0;
overflow:hidden;clip-path:inset(50%)}
.note{color:var(--muted);font-size:.92rem}
.saved{background:var(--accent-soft);border-left:.3rem solid var(--accent-line);
padding:.5rem .75rem}
nav{text-align:right;font-size:.95rem}
nav form{margin:0}
nav button{width:auto;margin:0;padding:0 0 0 1rem;background:none;color:var(--link);
font-size:inherit;font-weight:400;text-decoration:underline}
/* every link stands on a line of its own: make it a thumb-sized target */
a{color:var(--link);display:inline-flex;align-items:center;min-height:max(2.75rem,44px)}
nav a{padding-left:1rem}
/* a phone zoomed in (a screen of 14 ems or less): words are hyphenated where the browser
knows how, rather than broken anywhere */
@media (max-width:14rem){body{hyphens:auto}.consent{gap:.4rem}button{font-size:1rem}}
"""


def t(language: str, key: str) -> str:
    return TEXT.get(language, TEXT["en"])[key]


def other_language(language: str) -> str:
    return "es" if language == "en" else "en"


def hours_text(language: str, hours: int) -> str:
    """The hours a week one gives, as the phone's page says it."""
    if hours == 1:
        return t(language, "hours_one")
    return t(language, "hours_many").format(n=hours)


def language_switch(language: str, href: str) -> str:
    """The link to the same page in the other language, at the top of every page that has
    something to do (the form, the confirmation, the questions)."""
    other = other_language(language)
    return (
        f'<nav><a href="{escape(href)}" lang="{other}">'
        f"{escape(t(language, 'other_language'))}</a></nav>"
    )


def language_switch_form(language: str, action: str, fields: Mapping[str, str]) -> str:
    """The switch on a page that answers a post (a question about what was just sent): a
    link cannot send it again, so a button that looks like one sends the same fields back
    asking for the page in the other language."""
    other = other_language(language)
    hidden = hidden_fields({**fields, "lang": other})
    return (
        f'<nav><form method="post" action="{escape(action)}">{hidden}'
        f'<button type="submit" lang="{other}">{escape(t(language, "other_language"))}</button>'
        "</form></nav>"
    )


# The name of the button that asks for a form again, as typed, in the language it names: the
# language switch on a page with something typed, and the way back from a page that refused
# what was sent. Nothing is saved.
VIEW = "view"
# On a form sent back with errors: switched to the other language, it is checked again
CHECKED = "checked"
FORM_ID = "answers"  # the sign-in form, and one's fix
COMMIT_ID = "commit"  # the commitments on the confirmation


def language_switch_button(language: str, form_id: str) -> str:
    """The switch on a page with a form (`form_id`) that something may have been typed in:
    a button of that form, so that what was typed goes with it (`VIEW`). First, a button
    that only the Enter key presses: the form's first button is the one Enter presses, and
    it must send the form, not switch its language."""
    other = other_language(language)
    return (
        f'<button type="submit" form="{form_id}" class="default" tabindex="-1" '
        'aria-hidden="true"></button>'
        f'<nav><button type="submit" form="{form_id}" name="{VIEW}" value="{other}" '
        f'formnovalidate lang="{other}">{escape(t(language, "other_language"))}</button></nav>'
    )


def back_to_form(language: str, action: str, fields: Mapping[str, str]) -> str:
    """The way back from a page that refused a form to that form, with the answers it was
    sent (`fields`, kept in this page, not on the laptop), in `language`."""
    kept = {k: v for k, v in fields.items() if k not in ("csrf", VIEW)}
    return (
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
        f"{hidden_fields(kept)}"
        f'<button type="submit" name="{VIEW}" value="{escape(language)}">'
        f"{escape(t(language, 'back_to_form'))}</button></form>"
    )


def back_link(language: str, href: str, key: str = "back_to_form") -> str:
    """A link back (to the form, by default) from a page that ends there."""
    return f'<p><a href="{escape(href)}">{escape(t(language, key))}</a></p>'


def hidden_fields(fields: Mapping[str, str]) -> str:
    """`fields` as a form's hidden inputs, in their order: what a page posts back again."""
    return "".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in fields.items()
    )


def choose_language(accept_language: str, chosen: str | None) -> str:
    """The language asked for in the link, else the phone's first supported one, else English."""
    if chosen in LANGUAGES:
        return chosen or "en"
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def page(language: str, title: str, body: str) -> str:
    """A whole page: `body` (already escaped) in the language's document, with the stylesheet."""
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title>"
        '<link rel="stylesheet" href="/static/signin.css"></head>'
        f"<body><main>{body}</main></body></html>"
    )


def message_page(language: str, title_key: str, text_key: str, extra: str = "") -> str:
    return page(
        language,
        t(language, title_key),
        f"<h1>{escape(t(language, title_key))}</h1><p>{escape(t(language, text_key))}</p>{extra}",
    )


def not_saved_page(language: str, action: str = "", fields: Mapping[str, str] | None = None) -> str:
    """The laptop could not save what the phone sent: it is not signed in, and what to do.
    With `fields` (what it posted), a button sends them to `action` again, so that nothing
    typed is lost: they are kept in the phone's page (never cached: no-store), not on the
    laptop. Sent again, a sign-in's nonce keeps it one sign-in if the first did get saved."""
    again = send_again(language, action, fields) if fields else ""
    return message_page(language, "not_saved_title", "not_saved", again)


def send_again(language: str, action: str, fields: Mapping[str, str]) -> str:
    """A button that sends `fields` to `action` again, as they were sent."""
    return (
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
        f"{hidden_fields(fields)}"
        f'<button type="submit">{escape(t(language, "send_again"))}</button></form>'
    )


def withdrawn_page(language: str, form_href: str) -> str:
    """The sign-in taken back, and the way to the form: the question before said that one
    can sign in again afterwards."""
    again = f'<p><a href="{escape(form_href)}">{escape(t(language, "sign_in_again"))}</a></p>'
    return message_page(language, "withdrawn_title", "withdrawn", again)


def form_page(
    *,
    language: str,
    meeting_title: str,
    phrase: str,
    settings: FormSettings,
    action: str,
    csrf: str,
    nonce: str,
    values: Mapping[str, str] | None = None,
    consents: frozenset[str] = frozenset(),
    errors: Mapping[str, str] | None = None,
    switch: bool = True,
    submit_key: str = "submit",
) -> str:
    """The form, posting to `action`. The language switch (`switch`) is a button of the form
    (`language_switch_button`): what was typed is shown again in the other language, and
    saved only by the form's own button. A form sent back with `errors` is titled so (what a
    screen reader says first), its summary said at once; switched, it is checked again."""
    values, errors = values or {}, errors or {}
    heading = "fix" if submit_key == "save" else "sign_in"  # fixing one's answers
    title = t(language, heading)
    parts = [
        language_switch_button(language, FORM_ID) if switch else "",
        f"<h1>{escape(title)}</h1>",
        meeting_line(meeting_title),
        f'<p class="phrase">{escape(t(language, "check"))}: <b>{escape(phrase)}</b></p>',
    ]
    if errors:
        title = t(language, "error_title").format(title=title)
        parts.append(f'<p class="errorbox" role="alert">{escape(t(language, "fix_errors"))}</p>')
    parts.append(
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8" id="{FORM_ID}">'
    )
    if errors:
        parts.append(f'<input type="hidden" name="{CHECKED}" value="1">')
    parts.append(f'<input type="hidden" name="csrf" value="{escape(csrf)}">')
    parts.append(f'<input type="hidden" name="nonce" value="{escape(nonce)}">')
    parts.append(f'<input type="hidden" name="lang" value="{escape(language)}">')
    for spec in settings.specs():
        parts.append(_field(spec, language, values.get(spec.name, ""), errors.get(spec.name)))
    parts.append(_groups(settings, language, ticked_groups(values, settings.groups)))
    chosen_consents = [c for c in CONSENTS if c.key in settings.consents]
    if chosen_consents:
        parts.append(f"<fieldset><legend>{escape(t(language, 'consents'))}</legend>")
        for c in chosen_consents:
            checked = " checked" if c.key in consents else ""
            parts.append(
                f'<label class="consent"><input type="checkbox" name="consent_{c.key}" '
                f'value="yes"{checked}><span>{escape(c.wording_in(language))}</span></label>'
            )
        parts.append("</fieldset>")
    parts.append(f'<button type="submit">{escape(t(language, submit_key))}</button></form>')
    parts.append(f'<p class="note">{escape(t(language, "privacy"))}</p>')
    return page(language, title, "".join(parts))


def _groups(settings: FormSettings, language: str, ticked: frozenset[str]) -> str:
    """The groups the meeting offers, each a box of its own, unticked unless this person
    ticked it (a form sent back with a mistake, or their fix), under the one line that says
    what becomes of it. Nothing when none is offered."""
    if not settings.groups:
        return ""
    boxes = "".join(
        f'<label class="consent"><input type="checkbox" name="{group_field(n)}" '
        f'value="{escape(g)}"{" checked" if g in ticked else ""}>'
        f'<span dir="auto">{escape(g)}</span></label>'
        for n, g in enumerate(settings.groups, 1)
    )
    return (
        f'<fieldset aria-describedby="groups-note"><legend>{escape(groups_legend(language))}'
        f'</legend><p class="note" id="groups-note">'
        f"{escape(groups_note(language, settings.group_floor))}</p>{boxes}</fieldset>"
    )


def meeting_line(title: str) -> str:
    """The organizers' title, aligned by its own script (an Arabic title sits at the right)."""
    return f'<p class="meeting" dir="auto">{escape(title)}</p>'


def _name(name: str) -> str:
    """A person's name inside a sentence, isolated so a right-to-left name keeps its place."""
    return f"<bdi>{escape(name)}</bdi>"


def _flagged(name: str) -> str:
    """What tells a screen reader that field `name` has an error, and which message says it."""
    return f' aria-invalid="true" aria-describedby="{name}-error"'


def _field(spec: FieldSpec, language: str, value: str, error: str | None) -> str:
    """One question. A field with an error is outlined in red and says so to screen readers,
    which read the message under it."""
    name, label = escape(spec.name), escape(spec.label_in(language))
    required = " required" if spec.required else ""
    message = f'<p class="error" id="{name}-error">{escape(error)}</p>' if error else ""
    invalid = ' class="invalid"' if error else ""  # the red outline
    flagged = _flagged(name) if error else ""
    if spec.kind in (FieldKind.TEXT, FieldKind.EMAIL, FieldKind.PHONE):
        kind = {FieldKind.EMAIL: "email", FieldKind.PHONE: "tel"}.get(spec.kind, "text")
        autocomplete = {
            "first_name": "given-name",
            "last_name": "family-name",
            "email": "email",
            "phone": "tel",
            "zip_code": "postal-code",
        }
        auto = autocomplete.get(spec.name, "off")
        return (  # dir="auto": a name typed in Arabic or Hebrew sits at the right, as typed
            f'<label for="{name}">{label}</label><input type="{kind}" id="{name}" '
            f'name="{name}" value="{escape(value)}" maxlength="200" dir="auto" '
            f'autocomplete="{auto}"{required}{invalid}{flagged}>{message}'
        )
    if spec.kind == FieldKind.YES_NO:
        options = (("yes", t(language, "yes")), ("no", t(language, "no")))
        radios = "".join(
            f'<label class="choice"><input type="radio" name="{name}" value="{v}"'
            f"{' checked' if value == v else ''}{flagged}>{escape(text)}</label>"
            for v, text in options
        )
        return f"<fieldset{invalid}><legend>{label}</legend>{radios}{message}</fieldset>"
    options_html = f'<option value="">{escape(t(language, "choose"))}</option>' + "".join(
        f'<option value="{escape(v)}"{" selected" if value == v else ""}>'
        f"{escape(labels.get(language) or labels['en'])}</option>"
        for v, labels in spec.choices
    )
    return (
        f'<label for="{name}">{label}</label><select id="{name}" name="{name}"{invalid}{flagged}>'
        f"{options_html}</select>{message}"
    )


def done_page(
    *,
    language: str,
    meeting_title: str,
    first_name: str,
    edit_href: str,
    withdraw_href: str,
    can_change: bool,
    commitments: str = "",
    switch_href: str = "",
    failed: bool = False,
) -> str:
    """The confirmation: thanks, the commitments form, and the links to fix or take back the
    sign-in while that can be done. With commitments to tick, the language switch is a
    button of their form, which shows what was ticked again in the other language (saved
    only by the form's own button); else a link. `failed`: the commitments were sent back
    with an error (`commitments_form`), which the title says first."""
    switch = ""
    if commitments:
        switch = language_switch_button(language, COMMIT_ID)
    elif switch_href:
        switch = language_switch(language, switch_href)
    title = t(language, "done")
    body = [
        switch,
        f"<h1>{escape(title)}</h1>",
        meeting_line(meeting_title),
        f"<p>{escape(t(language, 'thanks')).format(name=_name(first_name))}</p>",
        commitments,
    ]
    if can_change:
        body.append(f'<p class="note">{escape(t(language, "window"))}</p>')
        body.append(f'<p><a href="{escape(edit_href)}">{escape(t(language, "fix"))}</a></p>')
        # A link to a page that asks first: one tap on a phone must not undo a sign-in.
        body.append(
            f'<p><a href="{escape(withdraw_href)}">{escape(t(language, "withdraw"))}</a></p>'
        )
    body.append(f'<p class="note">{escape(t(language, "privacy"))}</p>')
    if failed:
        title = t(language, "error_title").format(title=title)
    return page(language, title, "".join(body))


def signed_in_without_cookies_page(*, language: str, meeting_title: str, commitments: bool) -> str:
    """The confirmation for a browser that keeps no cookies, as the answer to its sign-in:
    its link cannot open it again, so it says so, and what the phone cannot do. It names
    nobody and holds nothing typed (no language switch either: that would send the answers
    again from hidden fields): sent again from the browser's history (the nonce finds the
    same sign-in), it tells whoever has the phone only that someone signed in.
    `commitments`: the meeting offers some, made here only with a cookie."""
    body = [
        f"<h1>{escape(t(language, 'done'))}</h1>",
        meeting_line(meeting_title),
        f"<p>{escape(t(language, 'thanks_plain'))}</p>",
        f'<p class="note">{escape(t(language, "no_cookies"))}</p>',
        f'<p class="note">{escape(t(language, "no_cookies_commit"))}</p>' if commitments else "",
        f'<p class="note">{escape(t(language, "privacy"))}</p>',
    ]
    return page(language, t(language, "done"), "".join(body))


def commitments_form(
    *,
    language: str,
    options: list[tuple[int, str]],
    ticked: set[int],
    hours: str,
    with_hours: bool,
    action: str,
    csrf: str,
    saved: bool,
    error: str = "",
) -> str:
    """The meeting's commitment options as checkboxes, shown once someone has signed in.

    Option texts are the organizers' words, escaped like every other text on these pages.
    """
    parts = [  # a heading of the page (the fieldset is named by it)
        f'<h2 id="commit-title">{escape(t(language, "commit_title"))}</h2>',
        f'<form method="post" action="{escape(action)}" id="{COMMIT_ID}">',
        '<fieldset aria-labelledby="commit-title">',
        f'<p class="note">{escape(t(language, "commit_note"))}</p>',
    ]
    if saved:
        parts.append(f'<p class="saved" role="status">{escape(t(language, "commit_saved"))}</p>')
    for option_id, text in options:
        checked = " checked" if option_id in ticked else ""
        parts.append(
            f'<label class="consent"><input type="checkbox" name="opt_{option_id}" '
            f'value="yes"{checked}> <span>{escape(text)}</span></label>'
        )
    if with_hours:
        flagged = f' class="invalid"{_flagged("hours")}' if error else ""
        parts.append(
            f'<label for="hours">{escape(t(language, "hours"))}</label>'
            f'<input type="text" id="hours" name="hours" inputmode="numeric" maxlength="2" '
            f'value="{escape(hours)}"{flagged}>'
        )
        if error:
            parts.append(f'<p class="error" id="hours-error" role="alert">{escape(error)}</p>')
    parts.append(
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<input type="hidden" name="lang" value="{escape(language)}">'
        f'<button type="submit">{escape(t(language, "commit_save"))}</button></fieldset></form>'
    )
    return "".join(parts)
