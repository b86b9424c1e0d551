"""`python -m meetingkit` runs the same entry point as the `meetingkit` command."""

from meetingkit.cli import main

raise SystemExit(main())
