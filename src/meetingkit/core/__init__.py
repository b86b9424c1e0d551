"""The meeting itself, in pure Python: no Qt, no SQLite, no PDF.

Everything here is importable and testable without a display or a database.
"""
