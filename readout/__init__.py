"""readout: audits diplomatic readouts and news coverage of political events."""

__version__ = "0.1.0"
