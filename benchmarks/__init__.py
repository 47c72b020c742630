"""Speed targets of GatePost, each measured beside a baseline in the same run (``make bench``)."""
