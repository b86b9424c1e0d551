"""Shared fixtures. Tests run headless: Qt draws offscreen, no display needed."""

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings folder: none reads or writes the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("MEETINGKIT_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    connection = open_db(database_path(data_dir))
    yield connection
    connection.close()
