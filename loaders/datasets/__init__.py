"""Dataset specs: one module per dataset, each exposing a `SPECS` list.

`loaders.specs.discover_specs()` finds them; the catch-all `figures` runs last
so that numbers a table spec claimed are not written twice.
"""
