"""PDF documents (reports, notices, passes) built with reportlab from plain data."""
