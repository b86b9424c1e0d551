"""The one line said when Qt cannot open a window (the abort itself: tests/test_cli.py)."""

from meetingkit.ui.window_system import failure_message

FATAL = (
    "default",
    "This application failed to start because no Qt platform plugin could be "
    "initialized. Reinstalling the application may fix this problem.\n\nAvailable ...",
)


def test_a_display_that_does_not_answer_is_named() -> None:
    said = [("qt.qpa.xcb", "could not connect to display :7"), FATAL]
    line = failure_message(said, {"DISPLAY": ":7", "WAYLAND_DISPLAY": "wayland-1"})
    assert line.startswith("meetingkit: no display answers at DISPLAY=':7' or WAYLAND_DISPLAY=")
    assert "\n" not in line


def test_other_reasons_are_passed_on_in_one_line() -> None:
    said = [("qt.qpa.plugin", 'Could not load the Qt platform plugin "xcb"\n even so'), FATAL]
    line = failure_message(said, {})
    assert line.startswith("meetingkit: Qt could not open a window (Could not load the Qt")
    assert "\n" not in line
    assert "xvfb-run" in line


def test_a_fatal_message_alone_gives_its_first_line() -> None:
    line = failure_message([FATAL], {})
    assert "no Qt platform plugin could be initialized" in line
    assert "Available" not in line
