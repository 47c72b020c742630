"""PDFs with reportlab: reports, notices, passes and paper forms. No Qt here."""
