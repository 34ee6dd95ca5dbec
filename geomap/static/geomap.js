/* geomap's own map controls: fullscreen, measure, timeline. Plain Leaflet, no dependencies.
   Defined once per page, so several maps (or fragments) can share them. */
(function () {
  if (window.geomapControls) { return; }
  function button(container, text, title, onclick) {
    var a = L.DomUtil.create('a', 'geomap-button', container);
    a.href = '#'; a.role = 'button'; a.title = title; a.textContent = text;
    L.DomEvent.on(a, 'click', function (e) { L.DomEvent.preventDefault(e); L.DomEvent.stopPropagation(e); onclick(); });
    return a;
  }
  function fullscreen(map) {
    var c = L.control({position: 'topleft'});
    c.onAdd = function () {
      var div = L.DomUtil.create('div', 'leaflet-bar geomap-fullscreen');
      button(div, '\u25a1', 'Full screen', function () {
        var el = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else if (el.requestFullscreen) { el.requestFullscreen(); }
      });
      document.addEventListener('fullscreenchange', function () { map.invalidateSize(); });
      return div;
    };
    return c.addTo(map);
  }
  function measure(map) {
    var active = false, points = [], line = null, tip = null;
    function reset() { points = []; if (line) { map.removeLayer(line); line = null; } if (tip) { map.removeLayer(tip); tip = null; } }
    function fmt(m) { return m < 1000 ? Math.round(m) + ' m' : (m / 1000).toFixed(m < 10000 ? 2 : 1) + ' km'; }
    function onClick(e) {
      points.push(e.latlng);
      if (line) { line.setLatLngs(points); } else { line = L.polyline(points, {color: '#000', weight: 2, dashArray: '4 4', className: 'geomap-measure-line'}).addTo(map); }
      var total = 0;
      for (var i = 1; i < points.length; i++) { total += map.distance(points[i - 1], points[i]); }
      if (tip) { map.removeLayer(tip); }
      tip = L.tooltip({permanent: true, direction: 'right', className: 'geomap-measure'}).setLatLng(e.latlng)
        .setContent(points.length > 1 ? '\u2248 ' + fmt(total) : 'click the next point').addTo(map);
    }
    var c = L.control({position: 'topleft'});
    c.onAdd = function () {
      var div = L.DomUtil.create('div', 'leaflet-bar geomap-measure-control');
      var a = button(div, '\u2194', 'Measure a distance (click points; click the button again to stop)', function () {
        active = !active; reset();
        L.DomUtil[active ? 'addClass' : 'removeClass'](a, 'geomap-active');
        map.getContainer().style.cursor = active ? 'crosshair' : '';
        /* while measuring, shapes let clicks through to the map (their popups would swallow them) */
        L.DomUtil[active ? 'addClass' : 'removeClass'](map.getContainer(), 'geomap-measuring');
        map[active ? 'on' : 'off']('click', onClick);
      });
      return div;
    };
    return c.addTo(map);
  }
  function timeline(map, steps) {
    /* steps: [{label, when, layers: [Leaflet layers]}] in order; shows steps up to the current one. */
    var current = steps.length, box;
    function show() {
      steps.forEach(function (s, i) {
        s.layers.forEach(function (l) {
          if (i < current) { if (!map.hasLayer(l)) { l.addTo(map); } } else if (map.hasLayer(l)) { map.removeLayer(l); }
          if (l.setStyle && l.options.geomapWeight === undefined) { l.options.geomapWeight = l.options.weight; }
          if (l.setStyle) { l.setStyle({weight: i === current - 1 ? l.options.geomapWeight * 2 : l.options.geomapWeight}); }
        });
      });
      var s = steps[current - 1];
      box.querySelector('.geomap-step').textContent =
        'Event ' + current + '/' + steps.length + ': ' + s.label + (s.when ? ' (' + s.when + ')' : '');
    }
    var c = L.control({position: 'bottomleft'});
    c.onAdd = function () {
      box = L.DomUtil.create('div', 'geomap-timeline');
      L.DomEvent.disableClickPropagation(box);
      button(box, '\u25c0', 'Previous event', function () { current = Math.max(1, current - 1); show(); });
      L.DomUtil.create('span', 'geomap-step', box);
      button(box, '\u25b6', 'Next event', function () { current = Math.min(steps.length, current + 1); show(); });
      return box;
    };
    c.addTo(map); show();
    return c;
  }
  window.geomapControls = {fullscreen: fullscreen, measure: measure, timeline: timeline};
})();
