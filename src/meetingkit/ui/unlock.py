"""Before the main window: the passphrase of encrypted data, and a change of encryption
(on, off, or a new passphrase) asked for in the last session.

Turning encryption on or off, and changing the passphrase, rewrite the database file, which
cannot happen while the app (or its sign-in server) has it open; the privacy page records the
wish and quits, and it is carried out here, at the next start, before anything opens the
database. A new passphrase is chosen here, after the current one has opened the data: no
passphrase is ever written down to carry it across the restart. A plain database with
nothing asked costs one 16-byte read and one missing-file check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill
from meetingkit.services.encryption import Wish, clear_request, pending_wish
from meetingkit.storage.database import is_encrypted

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Unlocked:
    key: str | None  # the passphrase to open the database with (None: it is plain)
    message: str = ""  # what changed, for the status bar


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> Unlocked | None:
    """The key to open `db_path` with, after any change of encryption asked for; None when
    the person cancelled (the app should quit without opening anything).
    `CorruptDatabaseError` when the passphrase is right but the file is damaged."""
    try:
        encrypted = is_encrypted(db_path)
    except MeetingkitError:
        return Unlocked(None)  # open_db says what is wrong with the file, as it always has
    wish = pending_wish(db_path.parent)
    if not encrypted and wish is not Wish.ENCRYPT:
        if wish is not None:  # nothing to decrypt, no passphrase to change
            clear_request(db_path.parent)
        return Unlocked(None)
    changing = wish is Wish.NEW_PASSPHRASE
    key = _ask_passphrase(db_path, parent, changing=changing) if encrypted else None
    if encrypted and key is None:
        return None
    if wish is None:
        return Unlocked(key)
    clear_request(db_path.parent)
    if key is None:  # and so the wish is to encrypt
        return _encrypt(db_path, parent)
    if wish is Wish.DECRYPT:
        return _decrypt(db_path, key, parent)
    if changing:
        return _change_passphrase(db_path, key, parent)
    return Unlocked(key)  # encrypt what already is


def _ask_passphrase(db_path: Path, parent: QWidget | None, *, changing: bool) -> str | None:
    """The passphrase that opens the data (asked again until it does), or None if cancelled.
    `changing`: a new passphrase is chosen next, so this one is called the current one.

    A right passphrase on a damaged file is no wrong one: `CorruptDatabaseError` then, which
    the app says as it says any damaged file, naming the backup to restore and how."""
    from meetingkit.services.backup import restore_advice
    from meetingkit.services.encryption import Tried, opens_only_the_backup, try_passphrase
    from meetingkit.storage.cipher import EncryptionUnavailableError
    from meetingkit.storage.database import damaged_encrypted
    from meetingkit.ui.feedback import Alert
    from meetingkit.ui.passphrase_dialogs import PassphraseDialog

    text = fill(
        translate(
            "unlock",
            "You asked to change the passphrase of meetingkit's data in %1. Type the current "
            "passphrase to open it; then choose the new one.",
        )
        if changing
        else translate(
            "unlock", "meetingkit's data in %1 is encrypted. Type the passphrase to open it."
        ),
        str(db_path.parent),
    )
    error = ""
    while True:
        key = PassphraseDialog.ask(parent, text, error)
        if key is None:
            return None
        try:
            tried = try_passphrase(db_path, key) if key else Tried.WRONG
        except EncryptionUnavailableError as e:
            Alert.show(parent, translate("unlock", "meetingkit cannot open encrypted data"), str(e))
            return None
        if tried is Tried.OPENS:
            return key
        if tried is Tried.DAMAGED:
            raise damaged_encrypted(db_path)
        if tried is Tried.OPENS_NEWEST_BACKUP:  # asked again: it may be an old passphrase
            error = f"{opens_only_the_backup(db_path)} {restore_advice(db_path.parent)}"
            continue
        error = translate(
            "unlock", "That passphrase does not open the data. Try again (capitals count)."
        )


def _encrypt(db_path: Path, parent: QWidget | None) -> Unlocked:
    from meetingkit.services.encryption import change_encryption
    from meetingkit.ui.feedback import Alert
    from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog

    if not db_path.is_file():
        from meetingkit.storage.database import open_db

        open_db(db_path).close()  # a first start: make the database, then encrypt it
    key = NewPassphraseDialog.ask(parent)
    if key is None:
        return Unlocked(None, translate("unlock", "Encryption was not turned on."))
    try:
        changed = change_encryption(db_path, None, key)
    except MeetingkitError as e:
        Alert.show(parent, translate("unlock", "Could not encrypt the data"), _unchanged(e))
        return Unlocked(None)
    message = translate("unlock", "The data is now encrypted. Backups made before it are not.")
    if deleted := _offer_to_delete_unencrypted(db_path, key, parent):
        message = translate("unlock", "The data is now encrypted.") + " " + deleted
    if not changed.old_file_wiped:
        message += " " + translate("unlock", "The old file could not be overwritten in place.")
    return Unlocked(key, message)


def _offer_to_delete_unencrypted(db_path: Path, key: str, parent: QWidget | None) -> str:
    """The data was just encrypted: offer to delete the unencrypted backups made before
    (`UnencryptedBackups`); what was done, or "". A failure is said, and changes nothing
    of the encrypted data."""
    from meetingkit.storage.database import open_db
    from meetingkit.ui.feedback import Alert, could_not, said
    from meetingkit.ui.privacy_page import UnencryptedBackups

    try:
        conn = open_db(db_path, key)
        try:
            return UnencryptedBackups.offer(parent, conn, db_path.parent, key)
        finally:
            conn.close()
    except MeetingkitError as e:
        Alert.show(
            parent, could_not(translate("unlock", "delete the unencrypted backups")), said(e)
        )
        return ""


def _decrypt(db_path: Path, key: str | None, parent: QWidget | None) -> Unlocked:
    from meetingkit.services.encryption import change_encryption
    from meetingkit.ui.feedback import Alert, Confirm

    turn_off = translate("unlock", "Turn encryption off")
    if not Confirm.ask(
        parent,
        turn_off,
        translate(
            "unlock",
            "You asked to turn encryption off. The data will be stored without a passphrase: "
            "anyone who can read this computer's files can read it.",
        ),
        turn_off,
    ):
        return Unlocked(key, translate("unlock", "Encryption stays on."))
    try:
        change_encryption(db_path, key, None)
    except MeetingkitError as e:
        Alert.show(parent, translate("unlock", "Could not decrypt the data"), _unchanged(e))
        return Unlocked(key)
    return Unlocked(None, translate("unlock", "The data is no longer encrypted."))


def _change_passphrase(db_path: Path, key: str, parent: QWidget | None) -> Unlocked:
    """Re-encrypt the data with a new passphrase chosen now; `key`, the current one, has just
    opened it. On any failure the current passphrase still opens the data."""
    from meetingkit.services.encryption import change_encryption
    from meetingkit.ui.feedback import Alert
    from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog

    new_key = NewPassphraseDialog.ask(parent, key)
    if new_key is None:
        return Unlocked(key, translate("unlock", "The passphrase was not changed."))
    try:
        changed = change_encryption(db_path, key, new_key)
    except MeetingkitError as e:
        Alert.show(
            parent,
            translate("unlock", "Could not change the passphrase"),
            _unchanged(e) + " " + translate("unlock", "The current passphrase still opens it."),
        )
        return Unlocked(key)
    message = translate(
        "unlock",
        "The passphrase is changed: only the new one opens the data now. Backups made before "
        "keep the old passphrase.",
    )
    if not changed.old_file_wiped:
        message += " " + translate("unlock", "The old file could not be overwritten in place.")
    return Unlocked(new_key, message)


def _unchanged(error: MeetingkitError) -> str:
    """What went wrong, and that nothing was lost."""
    return fill(translate("unlock", "%1 The data is as it was."), str(error))
