"""The Qt layer: thin widgets and models over the core and the stores. Only here is PySide6."""
