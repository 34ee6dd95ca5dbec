"""Colours of the map's kinds of features, shared by the layers and the legend."""

COLOURS = {"incident": "#c62828", "context": "#1565c0", "zone": "#ef6c00", "anchor": "#6a1b9a",
           "event": "#b71c1c"}
SHAPE_STYLE = {"ring": "#ef6c00", "disc": "#ef6c00", "sector": "#2e7d32", "corridor": "#00838f"}
# Background tiles by xyzservices name; every provider here is free to use with its attribution.
