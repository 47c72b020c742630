"""USB bundles to and from the street office; no Qt."""
