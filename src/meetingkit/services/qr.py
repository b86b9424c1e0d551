"""QR codes for signing in: the module matrix, the Wi-Fi join payload, and drawing on a PDF page.

The Qt sign-in screen paints `qr_matrix` itself, so this module imports only `qrcode` at the
top; reportlab is loaded the first time a PDF asks for `QrFlowable`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import qrcode  # type: ignore[import-untyped]

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
SECURITIES = ("WPA", "SAE", "WEP", "nopass")  # WPA covers WPA2 too; SAE is WPA3

_WIFI_SPECIAL = str.maketrans({c: "\\" + c for c in '\\;,:"'})


def qr_matrix(data: str, mask_pattern: int | None = None) -> list[list[bool]]:
    """The QR code of `data` as rows of modules (True = dark), quiet zone included.

    Error correction M (15%): a code taped to a door survives a crease or a smudge. Choosing
    the best of the eight masks is half the cost of a code; `mask_pattern` (0–7) skips that
    search where a thousand small codes are drawn at once (commitment cards).
    """
    code = qrcode.QRCode(
        error_correction=qrcode.ERROR_CORRECT_M, border=QUIET_ZONE, mask_pattern=mask_pattern
    )
    code.add_data(data)
    code.make(fit=True)
    # get_matrix() repeats one list object for the quiet-zone rows: hand out fresh ones.
    return [[bool(module) for module in row] for row in code.get_matrix()]


def wifi_payload(ssid: str, password: str, security: str = "WPA", hidden: bool = False) -> str:
    """The text of a "join this Wi-Fi" QR code: `WIFI:T:WPA;S:<ssid>;P:<password>;;`.

    Phone cameras on Android and iOS offer to join the network when they see it. An empty
    password means an open network (`T:nopass`, no `P`).
    """
    if not ssid:
        raise ValidationError(translate("Wi-Fi code", "The Wi-Fi network needs a name (SSID)."))
    if len(ssid.encode()) > 32:
        raise ValidationError(
            fill(
                translate(
                    "Wi-Fi code",
                    "The Wi-Fi name %1 is longer than Wi-Fi allows (32 bytes). "
                    "Use the network's name exactly as phones list it.",
                ),
                repr(ssid),
            )
        )
    if security not in SECURITIES:
        raise ValidationError(
            fill(
                translate("Wi-Fi code", "Unknown Wi-Fi security %1: use one of %2."),
                repr(security),
                ", ".join(SECURITIES),
            )
        )
    if security == "nopass" and password:
        raise ValidationError(
            translate(
                "Wi-Fi code", "An open Wi-Fi network has no password: leave the password empty."
            )
        )
    if password and security in ("WPA", "SAE") and not 8 <= len(password) <= 63:
        raise ValidationError(
            fill(
                translate(
                    "Wi-Fi code",
                    "A WPA Wi-Fi password has 8 to 63 characters; this one has %1. "
                    "Check the password of the laptop's hotspot.",
                ),
                str(len(password)),
            )
        )
    parts = [f"T:{security if password else 'nopass'}", f"S:{ssid.translate(_WIFI_SPECIAL)}"]
    if password:
        parts.append(f"P:{password.translate(_WIFI_SPECIAL)}")
    if hidden:
        parts.append("H:true")
    return "WIFI:" + "".join(f"{part};" for part in parts) + ";"


def draw_qr(canvas: Any, matrix: Sequence[Sequence[bool]], x: float, y: float, size: float) -> None:
    """Draw `matrix` on a reportlab canvas as a `size`-point square, bottom-left at (x, y).

    Each horizontal run of dark modules is one rectangle, and all of them are filled as one
    path, so viewers show no hairline seams between modules when they anti-alias.
    """
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)  # the quiet zone stays white on coloured paper too
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * module
        start: int | None = None
        for c, dark in enumerate([*row, False]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                path.rect(x + start * module, top, (c - start) * module, module)
                start = None
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


@functools.cache
def _flowable_class() -> type:
    from reportlab.platypus.flowables import Flowable  # type: ignore[import-untyped]

    class QrFlowable(Flowable):  # type: ignore[misc]
        """A `size`-point square QR code of `data` in a platypus story, centred by default."""

        def __init__(self, data: str, size: float) -> None:
            super().__init__()
            self.data = data
            self.size = size
            self.matrix = qr_matrix(data)
            self.hAlign = "CENTER"

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.size, self.size

        def draw(self) -> None:
            draw_qr(self.canv, self.matrix, 0, 0, self.size)

    QrFlowable.__module__ = __name__
    QrFlowable.__qualname__ = "QrFlowable"
    return QrFlowable


def __getattr__(name: str) -> Any:
    """`QrFlowable(data, size)`: a reportlab Flowable, built on first use (see module doc)."""
    if name == "QrFlowable":
        return _flowable_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
