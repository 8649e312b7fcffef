"""Boilerplate cleaning: rules kept as data, small functions that apply them."""
