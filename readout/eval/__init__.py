"""Measuring the extractors: gold files (``readout eval GOLD.json``) and public benchmarks."""
