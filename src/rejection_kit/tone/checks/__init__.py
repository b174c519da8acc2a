"""Checks that patterns cannot express, one module per language; rule packs name them."""
