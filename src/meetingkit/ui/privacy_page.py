"""The privacy page: what meetingkit stores and where, in plain words, and the controls —
purge a meeting's personal data, retention per meeting (for several at once), backup, restore,
encryption and its passphrase — and the export log, the files of people's data that left it.

Every question and file choice goes through an `ask()` classmethod, so tests answer them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import copies_outside
from meetingkit.core.clock import Clock
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, long_date, translate
from meetingkit.core.settings import Settings
from meetingkit.storage.database import is_encrypted
from meetingkit.storage.export_log import ExportLog
from meetingkit.storage.inventory import files_size, inventory
from meetingkit.storage.retention import Retention
from meetingkit.ui.export_log_table import ExportLogModel
from meetingkit.ui.feedback import Confirm, plain_box, user_errors
from meetingkit.ui.file_dialog import FileDialog, documents_folder
from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.list_table_model import row_table
from meetingkit.ui.pending_wipe import wipe_later
from meetingkit.ui.retention_table import RetentionChoice as RetentionChoice  # also here, as
from meetingkit.ui.retention_table import RetentionDialog as RetentionDialog  # before they had
from meetingkit.ui.retention_table import RetentionModel as RetentionModel  # a module of their own
from meetingkit.ui.retention_table import RetentionTable
from meetingkit.ui.screen_fit import TabsAtLeast
from meetingkit.ui.today import Today

if TYPE_CHECKING:
    from meetingkit.storage.erasure import Leaving


class BackupPath:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to write the backup (a USB stick is a good place)."""
        chosen = FileDialog.save(
            parent,
            QCoreApplication.translate("BackupPath", "Back up meetingkit's data"),
            suggested,
            QCoreApplication.translate("BackupPath", "meetingkit backups") + " (*.sqlite)",
        )
        return Path(chosen) if chosen else None


class RestorePath:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        backups = QCoreApplication.translate("BackupPath", "meetingkit backups")
        everything = QCoreApplication.translate("RestorePath", "All files")
        chosen = FileDialog.open(
            parent,
            QCoreApplication.translate("RestorePath", "Restore meetingkit's data from a backup"),
            folder,
            f"{backups} (*.sqlite *.sqlite3);;{everything} (*)",
        )
        return Path(chosen) if chosen else None


class Notice:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        plain_box(QMessageBox.Icon.Information, title, text, ok, parent).exec()


class UnencryptedBackups:
    """The unencrypted backups left in the data folder from before encryption was turned on:
    the question to delete them, asked on the Privacy page and as encryption is turned on."""

    @classmethod
    def offer(
        cls, parent: QWidget | None, conn: sqlite3.Connection, data_dir: Path, key: str | None
    ) -> str:
        """Ask, with their count, to delete meetingkit's unencrypted backups in `data_dir`'s
        backups folder, then do it (an encrypted backup is made first). What was done, for a
        message; "" when there were none, the data is not encrypted, or it was declined.
        `MeetingkitError` when the backup or the deletion failed."""
        from meetingkit.services.backup_folder import backups_found, delete_unencrypted

        plain = len(backups_found(conn, data_dir).unencrypted)
        if key is None or not plain:
            return ""
        # translate() outside self.tr gets no plural forms: the words are chosen by the count
        if plain == 1:
            question = translate(
                "UnencryptedBackups",
                "One backup in the data folder's backups folder was made before encryption was "
                "turned on and is not encrypted: anyone who gets it can read everyone's data in "
                "it. Delete it? An encrypted backup is made first.",
            )
        else:
            question = fill(
                translate(
                    "UnencryptedBackups",
                    "%1 backups in the data folder's backups folder were made before encryption "
                    "was turned on and are not encrypted: anyone who gets one can read "
                    "everyone's data in it. Delete them? An encrypted backup is made first.",
                ),
                str(plain),
            )
        if not Confirm.ask(
            parent,
            translate("UnencryptedBackups", "Delete unencrypted backups"),
            question,
            translate("UnencryptedBackups", "Delete them"),
        ):
            return ""
        done = delete_unencrypted(conn, data_dir, key)
        deleted = len(done.deleted)
        if deleted == 1:
            said = translate(
                "UnencryptedBackups",
                "One unencrypted backup deleted; the encrypted backup made first is %1.",
            )
            return fill(said, done.backup.path.name)
        said = translate(
            "UnencryptedBackups",
            "%1 unencrypted backups deleted; the encrypted backup made first is %2.",
        )
        return fill(said, str(deleted), done.backup.path.name)


class FolderView:
    @classmethod
    def open(cls, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PrivacyPage(QWidget):
    """What is stored, where, for how long; and the controls to change it."""

    restart_needed = Signal()  # after a restore or an encryption request: the app closes
    purging = Signal(int)  # about to purge a meeting: its sign-in must stop taking names
    purged = Signal(int)  # a meeting's personal data is gone: screens showing it read again

    def __init__(
        self,
        conn: sqlite3.Connection,
        db_path: Path,
        key: str | None,
        clock: Clock,
        today: dt.date | Today,
        parent: QWidget | None = None,
        *,
        settings: Callable[[], Settings] = Settings,
    ) -> None:
        """`settings`: the facilitator's settings as they are now (the retention new meetings
        start with)."""
        super().__init__(parent)
        self._conn = conn
        self._db_path = db_path
        self._key = key
        self._clock = clock

        self.heading = heading_label(1.4, self.tr("Privacy and your data"))
        self.stored_label = self._paragraph()
        self.encryption_label = self._paragraph()
        self.backups_label = self._paragraph()
        self.retention = RetentionTable(conn, today, settings)
        self.retention.selection_changed.connect(self._update_buttons)
        self.retention.changed.connect(self.refresh)
        # The table's parts, as the page has always offered them
        self.retention_label = self.retention.label
        self.model = self.retention.model
        self.table = self.retention.table
        self.retention_button = self.retention.retention_button
        self.exports_label = self._paragraph()
        self.exports_model = ExportLogModel(self)
        self.exports_table = row_table(self.exports_model, self.tr("Export log"))
        exports_header = self.exports_table.horizontalHeader()
        exports_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        exports_header.setSectionResizeMode(
            ExportLogModel.COL_MEETING, QHeaderView.ResizeMode.Stretch
        )

        self.purge_button = QPushButton(self.tr("P&urge this meeting's personal data…"))
        self.purge_button.clicked.connect(self.purge_meeting)
        # Beside "Keep personal data for…", and before it on Tab as on the screen
        self.retention.buttons.insertWidget(0, self.purge_button)
        QWidget.setTabOrder(self.purge_button, self.retention_button)
        self.backup_button = QPushButton(self.tr("&Back up…"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore)
        self.encryption_button = QPushButton()
        self.encryption_button.clicked.connect(self.toggle_encryption)
        self.passphrase_button = QPushButton(self.tr("&Change passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.folder_button = QPushButton(self.tr("Open &data folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.unencrypted_button = QPushButton(self.tr("Delete u&nencrypted backups…"))
        self.unencrypted_button.clicked.connect(self.delete_unencrypted)

        data_buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.encryption_button,
            self.passphrase_button,
            self.folder_button,
        ):
            data_buttons.addWidget(button)
        data_buttons.addStretch(1)
        # The meetings' retention and the export log share the room the tables need, a tab
        # each: both lists grow with every meeting, and at 1024×768 two would show a few rows.
        exports_tab = QWidget()
        exports_layout = QVBoxLayout(exports_tab)
        exports_layout.addWidget(self.exports_label)
        exports_layout.addWidget(self.exports_table, 1)
        # At a large font each table keeps three rows and the page scrolls (ui.screen_fit)
        # rather than squeeze them to their headers; elsewhere their height is what is left
        for table in (self.table, self.exports_table):
            table.setSizePolicy(table.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
            rows = 3 * table.verticalHeader().defaultSectionSize()
            header = table.horizontalHeader().sizeHint().height()
            table.setMinimumHeight(header + rows + 2 * table.frameWidth())
        self.tabs = TabsAtLeast()  # at a large font, the page scrolls to show them whole
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.retention, "")
        self.tabs.addTab(exports_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stored_label)
        layout.addWidget(self.encryption_label)
        layout.addLayout(data_buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.backups_label)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.unencrypted_button)
        backup_buttons.addStretch(1)
        layout.addLayout(backup_buttons)
        self.refresh()

    @staticmethod
    def _paragraph() -> QLabel:
        label = plain_label()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # What is stored

    @Slot()
    def refresh(self) -> None:
        counts = inventory(self._conn)
        size = files_size(self._db_path)
        self.stored_label.setText(
            fill(
                self.tr(
                    "meetingkit keeps everything in one database file on this computer and sends "
                    "nothing anywhere: no account, no cloud, no telemetry.\n"
                    "Data folder: %1\nDatabase: %2 (%3)\n"
                    "In it: people %4 · meetings %5 · sign-ins %6 · consents given %7."
                ),
                str(self._db_path.parent),
                str(self._db_path),
                _size(size),
                f"{counts.people:,}",
                f"{counts.meetings:,}",
                f"{counts.signins:,}",
                f"{counts.consents:,}",
            )
        )
        encrypted = self._encrypted()
        self.encryption_label.setText(
            self.tr(
                "Encryption is on: the file opens only with your passphrase, and Ctrl+L locks "
                "the screen until it is typed. Keep the passphrase safe: without it the data "
                "cannot be recovered."
            )
            if encrypted
            else self.tr(
                "Encryption is off: anyone who can read this computer's files — a lost or "
                "borrowed laptop — can read the names, contacts and attendance in it. Turn it "
                "on to protect it with a passphrase (and use full-disk encryption too)."
            )
        )
        self.encryption_button.setText(
            self.tr("Turn encryption &off…") if encrypted else self.tr("Turn encryption &on…")
        )
        self.passphrase_button.setVisible(encrypted)
        self.retention.refresh()
        self.tabs.setTabText(0, self.tr("Re&tention per meeting"))
        self._show_exports()
        self._show_backups(encrypted)
        self._update_buttons()

    def _show_exports(self) -> None:
        """The export log, newest first, and what it can and cannot tell about one person."""
        entries = ExportLog(self._conn).entries()
        self.exports_model.set_rows(entries)
        self.tabs.setTabText(1, fill(self.tr("E&xport log (%1)"), str(len(entries))))
        what = self.tr(
            "Every file with people's names that meetingkit saved — attendance lists, Action "
            "Network uploads, follow-up calendars, call lists, facilitator's copies of a "
            "report — is listed here, newest first. The log itself keeps no names."
        )
        if not entries:
            what += " " + self.tr("Nothing has been exported yet.")
        self.exports_label.setText(
            what
            + " "
            + self.tr(
                "These files are out of meetingkit's reach: purging a meeting or forgetting a "
                "person does not change them. When someone asks to be forgotten, look for them "
                "in the files from meetings they came to, and in call lists and calendars made "
                "while they had a follow-up open; delete the files you no longer need."
            )
        )

    def _show_backups(self, encrypted: bool) -> None:
        """The backups in the data folder as it is now (never the paths the backup log
        kept: the folder may have moved since), what meetingkit keeps of them, and the
        unencrypted ones left from before encryption."""
        from meetingkit.services.backup_folder import (
            KEEP_BACKUPS,
            KEEP_SAFETY_DAYS,
            BackupsFound,
            backups_found,
        )

        try:
            found = backups_found(self._conn, self._db_path.parent)
        except (MeetingkitError, sqlite3.Error):
            found = BackupsFound((), None)
        parts = []
        if found.in_folder:
            newest = found.in_folder[0]
            parts.append(
                fill(
                    self.tr(
                        "Backups in the data folder's backups folder: %n, %1 in all.",
                        "",
                        len(found.in_folder),
                    ),
                    _size(found.bytes),
                )
            )
            parts.append(
                fill(
                    self.tr("The newest: %1, made %2 (%3)."),
                    newest.shown,
                    f"{long_date(newest.made)} {newest.made:%H:%M}",
                    self.tr("encrypted") if newest.encrypted else self.tr("not encrypted"),
                )
            )
        else:
            parts.append(self.tr("There is no backup in the data folder's backups folder."))
        if found.elsewhere is not None:
            made = _local(found.elsewhere.made_at)
            parts.append(
                fill(
                    self.tr("The last one saved elsewhere: %1, on %2."),
                    found.elsewhere.path,
                    long_date(made) if made is not None else found.elsewhere.made_at[:10],
                )
            )
        left = len(found.unencrypted_leftovers)  # copies a killed backup or restore left
        plain = len(found.unencrypted) - left
        if encrypted and plain:
            parts.append(
                self.tr(
                    "%n of them were made before encryption was turned on and are not encrypted.",
                    "",
                    plain,
                )
            )
        if encrypted and left:
            parts.append(
                self.tr(
                    "The backups folder also holds %n unfinished copies of the data, left "
                    "hidden by a backup or restore that was stopped half-way, which are not "
                    "encrypted.",
                    "",
                    left,
                )
            )
        parts.append(
            fill(
                self.tr(
                    "meetingkit keeps the newest %1 backups it makes in that folder, and its "
                    "safety backups (before a restore or a deletion) for %2 days, and deletes "
                    "older ones there. Backups you save elsewhere or name yourself are never "
                    "deleted."
                ),
                str(KEEP_BACKUPS),
                str(KEEP_SAFETY_DAYS),
            )
        )
        parts.append(
            self.tr(
                "Backups hold the data as it was when they were made: forgetting a person or "
                "purging a meeting does not reach into them."
            )
        )
        self.backups_label.setText(" ".join(parts))
        self.unencrypted_button.setVisible(encrypted and plain + left > 0)

    def current_meeting(self) -> Retention | None:
        """The meeting with the cursor, when it is selected (alone or among others)."""
        return self.retention.current_meeting()

    def selected_meetings(self) -> list[Retention]:
        """The meetings selected, in the table's order (newest first)."""
        return self.retention.selected_meetings()

    def select_meeting(self, meeting_id: int) -> None:
        self.retention.select_meetings([meeting_id])

    def select_meetings(self, meeting_ids: Sequence[int], current: int | None = None) -> None:
        """Select these meetings (those still listed), the cursor on `current` if given."""
        self.retention.select_meetings(meeting_ids, current)

    @Slot()
    def _update_buttons(self) -> None:
        # A purge is one meeting's, said by name before it is done; a purged one has nothing
        # left to purge (purging it again only moved its purge date)
        chosen = self.selected_meetings()
        self.purge_button.setEnabled(len(chosen) == 1 and not chosen[0].purged_at)

    def _encrypted(self) -> bool:
        try:
            return is_encrypted(self._db_path)
        except MeetingkitError:
            return False

    # The controls

    @Slot()
    def purge_meeting(self) -> None:
        from meetingkit.services.privacy import leaving_if_purged, purge_meeting

        chosen = self.selected_meetings()
        if len(chosen) != 1 or chosen[0].purged_at:
            return
        current = chosen[0]
        going: Leaving | None = None
        with user_errors(self, self.tr("purge the meeting")):
            going = leaving_if_purged(self._conn, current.meeting_id)
        if going is None:
            return
        text = fill(
            self.tr(
                "Purge the personal data of “%1” (%2)? Who came, their sign-ins, answers and "
                "consents, turns, roles, cards and commitments are removed. Anonymous counts "
                "are kept. This cannot be undone."
            ),
            current.title,
            long_date(current.date),
        )
        directory = [
            self.tr(
                "%n people who came into your directory at a meeting, with nothing else on "
                "record, are deleted from it.",
                "",
                len(going.deleted),
            ),
            self.tr(
                "%n who were in your directory on their own (imported, or added by hand) stay.",
                "",
                len(going.on_their_own),
            ),
        ]
        if going.linked:
            directory.append(
                self.tr(
                    "%n linked to other meetings, groups or follow-ups stay too.",
                    "",
                    len(going.linked),
                )
            )
        exported = ExportLog(self._conn).entries(current.meeting_id)
        outside = copies_outside.of_meeting(len(exported))
        text = f"{text}\n\n{' '.join(directory)}\n\n{outside}"
        if not Confirm.ask(self, self.tr("Purge personal data"), text, self.tr("Purge")):
            return
        with user_errors(self, self.tr("purge the meeting")):
            self.purging.emit(current.meeting_id)
            result = purge_meeting(self._conn, current.meeting_id, self._clock)
            deleted = fill(
                self.tr(
                    "“%1” now keeps only counts. %n people were deleted from the directory;",
                    "",
                    result.people_deleted,
                ),
                result.title,
            )
            kept = self.tr(
                "%n are kept: linked to other meetings, groups or follow-ups, or in your "
                "directory on their own.",
                "",
                result.people_kept,
            )
            self.purged.emit(current.meeting_id)
            Notice.show(self, self.tr("Purged"), f"{deleted} {kept}\n\n{outside}")
            if not result.wiped:  # another program is reading: said, and wiped once it stops
                done = self.tr(
                    "“%1” was purged: meetingkit no longer shows or uses the personal data it held."
                )
                wipe_later(self, self._conn, fill(done, result.title), one_name=False)
        self.refresh()

    @Slot()
    def back_up(self) -> None:
        from meetingkit.services.backup import default_name, make_backup

        path = BackupPath.ask(self, documents_folder() / default_name(dt.datetime.now()))
        if path is None:
            return
        with user_errors(self, self.tr("back up the data")):
            made = make_backup(self._conn, path, self._key)
            Notice.show(
                self,
                self.tr("Backed up"),
                fill(
                    self.tr("Saved and checked %1 (%2). It is encrypted with your passphrase.")
                    if made.encrypted
                    else self.tr(
                        "Saved and checked %1 (%2). It is NOT encrypted: anyone who gets the "
                        "file can read it, so keep it somewhere safe."
                    ),
                    str(made.path),
                    _size(made.bytes),
                ),
            )
        self.refresh()

    @Slot()
    def restore(self) -> None:
        from meetingkit.services.backup import backup_folder, check_backup
        from meetingkit.services.backup import restore as restore_backup

        source = RestorePath.ask(self, self._db_path.parent / "backups")
        if source is None:
            return
        with user_errors(self, self.tr("restore the backup")):
            go, source_key = self._backup_key(source)
            if not go:
                return
            check = check_backup(source, source_key, self._conn, data_dir=self._db_path.parent)
            text = fill(
                self.tr(
                    "Replace all of meetingkit's data with the backup %1 (%2, %3)? The current "
                    "data is saved first in %4. meetingkit closes afterwards; start it again "
                    "to work with the restored data."
                ),
                str(source),
                self.tr("%n meetings", "", check.meetings),
                self.tr("%n people", "", check.people),
                str(backup_folder(self._db_path.parent)),
            )
            if check.people_not_current:
                text += " " + self.tr(
                    "It has %n people who are not in your current data: anyone you forgot "
                    "since this backup was made comes back.",
                    "",
                    check.people_not_current,
                )
            if not Confirm.ask(self, self.tr("Restore a backup"), text, self.tr("Restore")):
                return
            restored = restore_backup(
                self._conn,
                source,
                live_key=self._key,
                source_key=source_key,
                data_dir=self._db_path.parent,
            )
            Notice.show(
                self,
                self.tr("Restored"),
                fill(
                    self.tr(
                        "The data is restored from %1. The data as it was is saved in %2. "
                        "meetingkit closes now: start it again."
                    ),
                    str(source),
                    str(restored.safety_backup),
                ),
            )
            self._restart()

    def _backup_key(self, source: Path) -> tuple[bool, str | None]:
        """(go on?, the backup's passphrase or None when it is plain)."""
        from meetingkit.services.backup import is_encrypted_backup

        if not source.is_file() or not is_encrypted_backup(source):
            return True, None
        from meetingkit.services.encryption import key_opens
        from meetingkit.ui.passphrase_dialogs import PassphraseDialog

        if self._key is not None and key_opens(source, self._key):
            return True, self._key
        error = ""
        while True:
            key = PassphraseDialog.ask(
                self, self.tr("This backup is encrypted. Type its passphrase."), error
            )
            if key is None:
                return False, None
            if key and key_opens(source, key):
                return True, key
            error = self.tr("That passphrase does not open the backup.")

    @Slot()
    def toggle_encryption(self) -> None:
        from meetingkit.services.encryption import request_change
        from meetingkit.storage import cipher

        encrypted = self._encrypted()
        if not encrypted and not cipher.available():
            Notice.show(
                self,
                self.tr("Encryption is not installed"),
                translate("Encryption", cipher.INSTALL_HINT),
            )
            return
        if encrypted:
            title, action = self.tr("Turn encryption off"), self.tr("Close and decrypt")
            text = self.tr(
                "The data will be stored without a passphrase. meetingkit closes now and "
                "decrypts the data when you start it again."
            )
        else:
            title, action = self.tr("Turn encryption on"), self.tr("Close and encrypt")
            text = self.tr(
                "meetingkit encrypts its data while it starts, so it closes now. Start it "
                "again and choose a passphrase: you will need it every time meetingkit "
                "starts, and nobody can recover the data without it. Stop sign-in first if "
                "it is open. Backups made before stay unencrypted."
            )
        if not Confirm.ask(self, title, text, action):
            return
        with user_errors(self, self.tr("ask for the change")):
            request_change(self._db_path.parent, encrypt=not encrypted)
            self._restart()

    @Slot()
    def change_passphrase(self) -> None:
        """Ask for a new passphrase at the next start: the file is rewritten under the new
        one while nothing has it open, and no passphrase is written down meanwhile."""
        from meetingkit.services.encryption import request_new_passphrase

        if not self._encrypted():
            return
        text = self.tr(
            "meetingkit changes the passphrase while it starts, so it closes now. Start it "
            "again, type the current passphrase, then choose the new one: from then on only "
            "the new one opens the data. Stop sign-in first if it is open. Backups made "
            "before keep the old passphrase."
        )
        if not Confirm.ask(
            self, self.tr("Change the passphrase"), text, self.tr("Close and change")
        ):
            return
        with user_errors(self, self.tr("ask for the change")):
            request_new_passphrase(self._db_path.parent)
            self._restart()

    @Slot()
    def delete_unencrypted(self) -> None:
        """Delete the unencrypted backups left from before encryption, after asking."""
        with user_errors(self, self.tr("delete the unencrypted backups")):
            done = UnencryptedBackups.offer(self, self._conn, self._db_path.parent, self._key)
            if done:
                Notice.show(self, self.tr("Unencrypted backups deleted"), done)
        self.refresh()

    @Slot()
    def open_folder(self) -> None:
        FolderView.open(self._db_path.parent)

    def _restart(self) -> None:
        self.restart_needed.emit()
        self.window().close()


def _local(made_at: str) -> dt.datetime | None:
    """A UTC timestamp of the backup log, in local time (None if it cannot be read)."""
    try:
        return dt.datetime.fromisoformat(made_at).astimezone().replace(tzinfo=None)
    except ValueError:
        return None


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    return f"{max(1, round(n / 1000))} kB"
