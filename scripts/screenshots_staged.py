"""The guide's pictures as an organizer sees the app, for `scripts/screenshots`.

`meetingkit demo` and `meetingkit screenshot` picture the machine that runs them: the demo's
meeting "tonight" at whatever hour it is, a temporary data folder, and sign-in served on this
machine only. For the guide, this stages the same app and the same demo as an organizer would
see them: tonight's meeting started at 18:30 (today), the data in the usual folder of a user
named Rosa, and sign-in shown served on a venue's Wi-Fi address (app.Staging). The data really
is in the folder given, and the picture still serves on this machine only.

    python scripts/screenshots_staged.py demo DIR [--language es]       (prints the meeting's ID)
    python scripts/screenshots_staged.py shot DIR --view VIEW -o FILE.png [--meeting ID]
        [--size WxH] [--language es] [--theme NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from meetingkit.app import Staging, _application, render_screenshot
from meetingkit.core.clock import WallAnchoredClock
from meetingkit.services import demo_agendas
from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import write_demo
from meetingkit.storage import open_db

STARTED = dt.time(18, 30)  # tonight's meeting, as the other demo meetings start
STAGING = Staging(
    folder="/home/rosa/.local/share/meetingkit",  # the usual folder on Linux (docs/guide/index.md)
    signin_host="192.168.1.20",
    signin_port=8765,
)


def now() -> dt.datetime:
    """Today, as long after 18:30 as the demo's meeting has run (its third item running
    over): the time it is in every picture."""
    started = dt.datetime.combine(dt.date.today(), STARTED)
    probe = started.timestamp()
    return started + dt.timedelta(seconds=probe - demo_agendas.live_meeting_started(probe))


def write(folder: Path, language: str) -> int:
    _application(language)  # the demo is written in the language it is read in
    folder.mkdir(parents=True, exist_ok=True)
    conn = open_db(database_path(folder))
    try:
        return write_demo(conn, now()).meeting_id
    finally:
        conn.close()


def size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x")
    return int(width), int(height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["demo", "shot"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--view", default="main")
    parser.add_argument("--meeting", type=int, default=None)
    parser.add_argument("--size", type=size, default=(1280, 800))
    parser.add_argument("--language", default="en")
    parser.add_argument("--theme", default="system")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    if args.what == "demo":
        print(write(args.folder, args.language))
        return
    if args.output is None:
        parser.error("shot needs -o FILE.png")
    at = now().timestamp()
    render_screenshot(
        args.folder,
        args.output,
        view=args.view,
        meeting_id=args.meeting,
        size=args.size,
        theme=args.theme,
        language=args.language,
        clock=WallAnchoredClock(wall=lambda: at),
        staging=STAGING,
    )


if __name__ == "__main__":
    main()
