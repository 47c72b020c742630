"""USB sync: keys, the bundle file format, export, import and merge. No Qt here."""
