"""meetingkit: run in-person meetings, trainings and assemblies from one laptop."""

__version__ = "0.1.0"
