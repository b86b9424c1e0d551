"""A read-only data folder is said in words for the app's window too: it told a person who
opened meetingkit from its icon to use `--data-dir`, a command-line option."""

from pathlib import Path

import pytest

from meetingkit.storage.database import UnwritableDatabaseError, open_db
from tests.storage.test_reading_what_cannot_be_written import read_only_folder


def test_a_read_only_folder_names_no_command_line_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()
    read_only_folder(monkeypatch, tmp_path)
    with pytest.raises(UnwritableDatabaseError) as refused:
        open_db(path)
    assert str(refused.value) == (
        f"{path} is read-only: meetingkit saves every change at once, so it must be able to "
        "write to the file and its folder. Check their permissions, or copy the data folder to "
        "a place you may write and open meetingkit on the copy. It has not been changed."
    )
    assert refused.value.why == f"{path} is read-only"
