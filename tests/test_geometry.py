import pytest
from geopy.distance import geodesic
from hypothesis import given, settings, strategies as st

from geomap.geometry import ring


@pytest.mark.parametrize("lat", [-60.0, -30.0, 0.0, 30.28, 45.0, 70.0])
def test_700m_ring_vertices_are_700m_away(lat):
    poly = ring(lat, 57.0, 650.0, 750.0)
    for lon_v, lat_v in poly.exterior.coords:
        assert geodesic((lat, 57.0), (lat_v, lon_v)).m == pytest.approx(750.0, rel=0.01)
    for lon_v, lat_v in poly.interiors[0].coords:
        assert geodesic((lat, 57.0), (lat_v, lon_v)).m == pytest.approx(650.0, rel=0.01)


@settings(max_examples=60, deadline=None)
@given(lat=st.floats(-80, 80), lon=st.floats(-180, 180), inner=st.floats(0, 50_000),
       width=st.floats(10, 100_000))
def test_ring_radii_are_true_on_the_ellipsoid(lat, lon, inner, width):
    outer = inner + width
    poly = ring(lat, lon, inner, outer)
    for lon_v, lat_v in poly.exterior.coords[::8]:
        assert geodesic((lat, lon), (lat_v, lon_v)).m == pytest.approx(outer, rel=0.005)
    xs = [x for x, _ in poly.exterior.coords]
    assert max(xs) - min(xs) < 180  # continuous across the antimeridian
    assert poly.is_valid


def test_ring_contains_its_stated_circle():
    from shapely.geometry import Point

    from geomap.geometry import destination

    poly = ring(30.28, 57.11, 650, 750)
    for bearing in range(0, 360, 15):
        for metres, inside in [(0, False), (600, False), (660, True), (700, True), (740, True), (800, False)]:
            lat, lon = destination(30.28, 57.11, bearing, metres)
            assert poly.contains(Point(lon, lat)) == inside, (bearing, metres)


def test_bad_radii():
    with pytest.raises(ValueError):
        ring(0, 0, 100, 50)
