"""I/O adapters without Qt: data folder, demo data, and (later) server, PDFs, exports."""
