"""Engine, sessions, pragmas, the change stamps, and schema upgrades at start-up."""
