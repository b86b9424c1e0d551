"""Printed paper for the room: agendas and minutes as PDF, rendered with reportlab.

Import the modules you need (`meetingkit.services.printing.agenda_pdf`); this package itself
imports nothing, so the app starts without loading reportlab.
"""
