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
        "expired": "The form had expired. Open the sign-in link again and resend it.",
        "no_cookie": "This browser did not send back the cookie the form needs, so your "
        "sign-in was not saved: it may be set to block cookies. Allow cookies for this page and "
        "open the sign-in link again, or sign in on the laptop at the door.",
        "too_late": "The 15 minutes to change your sign-in have passed. Ask the organizer if "
        "something needs fixing.",
        "busy_title": "One moment",
        "busy": "Too many tries from this network just now. Wait a minute and try again, or sign "
        "in on the laptop at the door.",
        "too_large": "That was more than a sign-in form holds.",
        "bad_request": "The form could not be read. Open the sign-in link again.",
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
        "expired": "El formulario venció. Abre de nuevo el enlace y vuelve a enviarlo.",
        "no_cookie": "Este navegador no devolvió la cookie que necesita el formulario, así "
        "que tu registro no se guardó: puede que tenga las cookies bloqueadas. Permite las "
        "cookies para esta página y abre de nuevo el enlace, o regístrate en la computadora "
        "de la entrada.",
        "too_late": "Ya pasaron los 15 minutos para cambiar tu registro. Pregunta a quien "
        "organiza si hay que corregir algo.",
        "busy_title": "Un momento",
        "busy": "Demasiados intentos desde esta red en este momento. Espera un minuto y vuelve a "
        "intentarlo, o regístrate en la computadora de la entrada.",
        "too_large": "Eso es más de lo que cabe en un formulario de registro.",
        "bad_request": "No se pudo leer el formulario. Abre de nuevo el enlace.",
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
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1b1b1b;background:#f6f6f4}
main{max-width:34rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
.meeting{font-weight:600;margin:0 0 .6rem}
.phrase{background:#fff6d6;border:1px solid #e2c66b;border-radius:.5rem;padding:.5rem .75rem}
.phrase b{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.15rem;
font-size:min(1.15rem,5.4vw);display:inline-block;white-space:nowrap}
form{margin-top:1rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
input[type=text],input[type=email],input[type=tel],select{width:100%;font-size:1.1rem;
padding:.65rem;border:1px solid #8c8c8c;border-radius:.45rem;background:#fff}
fieldset{border:0;padding:0;margin:.9rem 0 0}
legend{font-weight:600;padding:0;margin-bottom:.25rem}
.choice{display:inline-flex;align-items:center;gap:.5rem;min-height:2.75rem;min-width:6rem;
margin:0 .6rem .3rem 0;padding:0 1rem 0 .75rem;border:1px solid #b9b9b4;border-radius:.45rem;
background:#fff;font-weight:400}
.choice:has(:checked){border-color:#1f6f5c;background:#e7f4ee}
.choice input{width:1.4rem;height:1.4rem;flex:none;margin:0}
.consent{display:flex;gap:.6rem;align-items:flex-start;min-height:2.75rem;font-weight:400;
margin:.1rem 0;padding:.5rem 0}
.consent input{width:1.4rem;height:1.4rem;flex:none;margin:.15rem 0 0}
.error{color:#a3161a;font-weight:600;margin:.2rem 0 0}
input.invalid,select.invalid{border-color:#a3161a;box-shadow:0 0 0 1px #a3161a}
.invalid .choice{border-color:#a3161a}
.errorbox{border-left:.3rem solid #a3161a;background:#fbeaea;padding:.5rem .75rem}
button{width:100%;margin-top:1.4rem;font-size:1.2rem;font-weight:700;padding:.85rem;
border:0;border-radius:.55rem;background:#1f6f5c;color:#fff}
button.secondary{background:#fff;color:#a3161a;border:1px solid #a3161a}
button.danger{background:#a3161a}
.note{color:#555;font-size:.92rem}
.saved{background:#e7f4ee;border-left:.3rem solid #1f6f5c;padding:.5rem .75rem}
nav{text-align:right;font-size:.95rem}
nav form{margin:0}
nav button{width:auto;margin:0;padding:0 0 0 1rem;min-height:2.75rem;background:none;
color:#1f5c9c;font:inherit;text-decoration:underline}
/* every link stands on a line of its own: make it a thumb-sized target */
a{color:#1f5c9c;display:inline-flex;align-items:center;min-height:2.75rem}
nav a{padding-left:1rem}
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
    again = ""
    if fields:
        again = (
            f'<form method="post" action="{escape(action)}" accept-charset="utf-8">'
            f"{hidden_fields(fields)}"
            f'<button type="submit">{escape(t(language, "send_again"))}</button></form>'
        )
    return message_page(language, "not_saved_title", "not_saved", again)


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
    switch_href: str = "",
    submit_key: str = "submit",
) -> str:
    values, errors = values or {}, errors or {}
    heading = "fix" if submit_key == "save" else "sign_in"  # fixing one's answers
    parts = [
        language_switch(language, switch_href) if switch_href else "",
        f"<h1>{escape(t(language, heading))}</h1>",
        meeting_line(meeting_title),
        f'<p class="phrase">{escape(t(language, "check"))}: <b>{escape(phrase)}</b></p>',
    ]
    if errors:
        parts.append(f'<p class="errorbox">{escape(t(language, "fix_errors"))}</p>')
    parts.append(f'<form method="post" action="{escape(action)}" accept-charset="utf-8">')
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
    return page(language, t(language, heading), "".join(parts))


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
) -> str:
    """The confirmation: thanks, the commitments form, and the links to fix or take back the
    sign-in while that can be done."""
    body = [
        language_switch(language, switch_href) if switch_href else "",
        f"<h1>{escape(t(language, 'done'))}</h1>",
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
    return page(language, t(language, "done"), "".join(body))


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
    parts = [
        f'<form method="post" action="{escape(action)}"><fieldset>',
        f"<legend>{escape(t(language, 'commit_title'))}</legend>",
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
