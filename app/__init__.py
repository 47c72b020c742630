"""GatePost: the gate register of a residential compound, offline first."""

__version__ = "0.1.0"
