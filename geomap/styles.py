"""What every geomap page shares: the colours of its kinds of features, its background tiles and its credit.

Plain constants (no imports), so the command line can offer the tile names without loading any map code.
"""

COLOURS = {"incident": "#c62828", "context": "#1565c0", "zone": "#ef6c00", "anchor": "#6a1b9a",
           "event": "#b71c1c"}
SHAPE_STYLE = {"ring": "#ef6c00", "disc": "#ef6c00", "sector": "#2e7d32", "corridor": "#00838f"}
# Background tiles by xyzservices name; every provider here is free to use with its attribution.
TILES = {
    "openstreetmap": "OpenStreetMap.Mapnik",
    "light": "Esri.WorldGrayCanvas",
    "satellite": "Esri.WorldImagery",
    "none": None,
}
PLACES_CREDIT = "Places: <a href='https://www.geonames.org/'>GeoNames</a> (CC BY 4.0) &middot; geomap"
