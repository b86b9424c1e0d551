"""`python -m meetingkit` runs the same entry point as the `meetingkit` command; so does the
PyInstaller build (build.spec), which first gives back the environment it was started with to
the programs it will start (bundle_environment.py)."""

from meetingkit.bundle_environment import leave_the_bundle_out

leave_the_bundle_out()

from meetingkit.cli import main  # noqa: E402 (after the environment is put back)

raise SystemExit(main())
