/* geomap's own map controls: fullscreen, measure, timeline, labels, caption, locator inset, article panel.
   Plain Leaflet, no dependencies; text from the article is only ever set as textContent.
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
    var current = 1, box;  /* the story starts at the first event */
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

  function setup(map, opts) {
    /* panes: places above every area (so areas never swallow their clicks), labels above places */
    var el = map.getContainer();
    L.DomUtil.addClass(el, 'geomap-map');
    if (opts.static) { L.DomUtil.addClass(el, 'geomap-static'); }
    function size() {
      var s = map.getSize();
      L.DomUtil[s.x < 900 || s.y < 560 ? 'addClass' : 'removeClass'](el, 'geomap-small');
      L.DomUtil[s.x >= 1800 && s.y >= 1000 ? 'addClass' : 'removeClass'](el, 'geomap-large');
    }
    size(); map.on('resize', size);
    map.createPane('geomapPlaces').style.zIndex = 450;
    var labels = map.createPane('geomapLabels');
    labels.style.zIndex = 460; labels.style.pointerEvents = 'none';
    L.DomUtil.addClass(labels, 'leaflet-zoom-hide');
  }
  function small(map) { return L.DomUtil.hasClass(map.getContainer(), 'geomap-small'); }
  function overlaps(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  function controlBoxes(map) {
    /* the boxes of the controls on the map: labels are not placed under them */
    var el = map.getContainer(), r0 = el.getBoundingClientRect(), out = [];
    el.querySelectorAll('.leaflet-control').forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.width && r.height) { out.push([r.left - r0.left, r.top - r0.top, r.right - r0.left, r.bottom - r0.top]); }
    });
    return out;
  }
  function labels(map, items) {
    /* items: [{text, lat, lng, priority, kind, owner}], most important first. At every view, each label
       whose owner layer is shown takes the first free spot around its point; one with no free spot is
       dropped (never stacked on another). */
    var pane = map.getPane('geomapLabels');
    items.forEach(function (it) {
      it.el = L.DomUtil.create('div', 'geomap-label geomap-label-' + it.kind);
      it.el.textContent = it.text; it.ll = L.latLng(it.lat, it.lng);
      if (it.ends) { it.bottom = L.latLng(it.ends[0]); it.east = L.latLng(it.ends[1]); it.west = L.latLng(it.ends[2]); }
    });
    function spots(it, w, h) {
      /* [anchor point, offset] pairs, best first: a zone is labelled outside its top, bottom, right or left */
      if (it.kind === 'zone') {
        return [[it.ll, [-w / 2, -h - 2]], [it.bottom, [-w / 2, 2]], [it.east, [4, -h / 2]], [it.west, [-w - 4, -h / 2]]];
      }
      var r = (it.owner.options.radius || 5) + 3;
      return [[it.ll, [r, -h / 2]], [it.ll, [-w - r, -h / 2]], [it.ll, [-w / 2, -h - r]], [it.ll, [-w / 2, r]]];
    }
    function update() {
      var size = map.getSize(), taken = controlBoxes(map);
      items.forEach(function (it) { if (it.el.parentNode) { pane.removeChild(it.el); } });
      items.forEach(function (it) {
        if (it.kind !== 'zone' && map.hasLayer(it.owner)) {
          var p = map.latLngToContainerPoint(it.ll), r = it.owner.options.radius || 5;
          taken.push([p.x - r, p.y - r, p.x + r, p.y + r]);
        }
      });
      items.forEach(function (it) {
        if (!map.hasLayer(it.owner)) { return; }
        var p = map.latLngToContainerPoint(it.ll);
        if (p.x < -200 || p.y < -200 || p.x > size.x + 200 || p.y > size.y + 200) { return; }
        pane.appendChild(it.el);
        var w = it.el.offsetWidth, h = it.el.offsetHeight, tries = spots(it, w, h);
        for (var i = 0; i < tries.length; i++) {
          var q = map.latLngToContainerPoint(tries[i][0]), x = q.x + tries[i][1][0], y = q.y + tries[i][1][1];
          var box = [x - 1, y - 1, x + w + 1, y + h + 1];
          if (x < 2 || y < 2 || x + w > size.x - 2 || y + h > size.y - 2) { continue; }
          if (taken.some(function (t) { return overlaps(t, box); })) { continue; }
          taken.push(box);
          L.DomUtil.setPosition(it.el, map.containerPointToLayerPoint([x, y]).round());
          return;
        }
        pane.removeChild(it.el);
      });
    }
    map.on('zoomend moveend resize layeradd layerremove', update);
    update();
    return update;
  }
  function caption(map, c) {
    /* title, source and date, attribution: top left, above the buttons */
    var ctl = L.control({position: 'topleft'});
    ctl.onAdd = function () {
      var d = L.DomUtil.create('div', 'geomap-caption');
      L.DomUtil.create('div', 'geomap-title', d).textContent = c.title;
      if (c.meta) { L.DomUtil.create('div', 'geomap-meta', d).textContent = c.meta; }
      L.DomUtil.create('div', 'geomap-credit', d).textContent = c.attribution;
      L.DomEvent.disableClickPropagation(d);
      return d;
    };
    ctl.addTo(map);
    var box = ctl.getContainer();
    box.parentNode.insertBefore(box, box.parentNode.firstChild);
    return ctl;
  }
  function locator(map, data, iso) {
    /* a small map of the country (and its neighbours) with the main map's view on it; offline */
    var ctl = L.control({position: 'bottomleft'});
    ctl.onAdd = function () { return L.DomUtil.create('div', 'geomap-locator'); };
    ctl.addTo(map);
    var box = ctl.getContainer(), country = null, name = '';
    var inset = L.map(box, {zoomControl: false, attributionControl: false, dragging: false, scrollWheelZoom: false,
      doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false, zoomSnap: 0,
      zoomAnimation: false, fadeAnimation: false, inertia: false});
    var outlines = L.geoJSON(data, {interactive: false, style: function (f) {
      var mine = iso && f.properties.iso === iso;
      return {color: '#8a8a8a', weight: mine ? 1 : 0.5, fillColor: mine ? '#e0c9a0' : '#f3efe6', fillOpacity: 1};
    }, onEachFeature: function (f, l) { if (iso && f.properties.iso === iso) { country = l; name = f.properties.name; } }
    });
    function frame() {  /* the view is set before any layer is added */
      inset.invalidateSize();
      inset.fitBounds(country ? country.getBounds().pad(0.5) : map.getBounds().pad(6), {animate: false});
    }
    frame();
    outlines.addTo(inset);
    var view = L.rectangle(map.getBounds(), {color: '#c62828', weight: 1.5, fill: false, interactive: false}).addTo(inset);
    var dot = L.circleMarker(map.getCenter(), {radius: 3, color: '#c62828', fillColor: '#c62828', fillOpacity: 1,
      weight: 1, interactive: false}).addTo(inset);
    if (name) { L.DomUtil.create('div', 'geomap-locator-name', box).textContent = name; }
    function sync() { view.setBounds(map.getBounds()); dot.setLatLng(map.getCenter()); }
    sync();
    map.on('moveend', sync); map.on('resize', frame);
    return inset;
  }
  function compactLayers(map) {
    /* on a small map the layer box folds into its button (opened by a click, closed on leaving it) */
    var box = map.getContainer().querySelector('.leaflet-control-layers');
    if (!box || !small(map)) { return; }
    L.DomUtil.removeClass(box, 'leaflet-control-layers-expanded');
    L.DomEvent.on(box, 'mouseleave', function () { L.DomUtil.removeClass(box, 'leaflet-control-layers-expanded'); });
  }
  function panel(map, segs, reg) {
    /* segs: [[text] or [text, feature id, colour]]; reg: [[feature id, [layers], radius m]] */
    var byId = {}, body, box;
    reg.forEach(function (r) { byId[r[0]] = {layers: r[1], radius: r[2]}; });
    function mention(s) {
      var m = L.DomUtil.create('span', 'geomap-mention', body);
      m.textContent = s[0]; m.setAttribute('data-feature-id', s[1]);
      m.style.backgroundColor = s[2] + '2e'; m.style.borderBottomColor = s[2];
      L.DomEvent.on(m, 'click', function () { go(s[1]); });
    }
    var ctl = L.control({position: 'topright'});
    ctl.onAdd = function () {
      box = L.DomUtil.create('div', 'geomap-panel');
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      button(box, 'Article', 'Show or hide the article', function () {
        L.DomUtil[L.DomUtil.hasClass(box, 'geomap-closed') ? 'removeClass' : 'addClass'](box, 'geomap-closed'); fit();
      }).className = 'geomap-button geomap-panel-toggle';
      body = L.DomUtil.create('div', 'geomap-panel-body', box);
      segs.forEach(function (s) { if (s.length === 1) { body.appendChild(document.createTextNode(s[0])); } else { mention(s); } });
      return box;
    };
    ctl.addTo(map);
    if (small(map)) { L.DomUtil.addClass(box, 'geomap-closed'); }
    function fit() {  /* the panel ends above the legend */
      var r0 = map.getContainer().getBoundingClientRect(), floor = r0.bottom;
      map.getContainer().querySelectorAll('.leaflet-bottom.leaflet-right .leaflet-control').forEach(function (c) {
        var r = c.getBoundingClientRect(); if (r.height) { floor = Math.min(floor, r.top); }
      });
      body.style.maxHeight = Math.max(60, floor - body.getBoundingClientRect().top - 10) + 'px';
    }
    fit(); map.on('resize', fit);
    function go(id) {
      var f = byId[id]; if (!f) { return; }
      var layer = f.layers[0], bounds = layer.getBounds ? layer.getBounds()
        : layer.getLatLng().toBounds(Math.max(2 * f.radius, 2000));
      var at = layer.getBounds ? L.latLng(bounds.getNorth(), bounds.getCenter().lng) : layer.getLatLng(), done = false;
      function open() {
        if (done) { return; } done = true;
        if (map.hasLayer(layer)) { layer.openPopup(at); }
        else { L.popup({maxWidth: 360}).setLatLng(at).setContent(layer.getPopup().getContent()).openOn(map); }
      }
      map.once('moveend', open);
      map.flyToBounds(bounds, {duration: 0.5, maxZoom: Math.max(map.getZoom(), 13)});
      setTimeout(open, 900);
    }
    function reveal(id) {
      var el = [].filter.call(body.querySelectorAll('.geomap-mention'), function (m) {
        return m.getAttribute('data-feature-id') === id; })[0];
      if (!el || L.DomUtil.hasClass(box, 'geomap-closed')) { return; }
      body.scrollTop = Math.max(0, el.offsetTop - 40);
      L.DomUtil.addClass(el, 'geomap-flash');
      setTimeout(function () { L.DomUtil.removeClass(el, 'geomap-flash'); }, 1500);
    }
    Object.keys(byId).forEach(function (id) {
      byId[id].layers.forEach(function (l) { l.on('click', function () { reveal(id); }); });
    });
    return ctl;
  }
  function fit(map, bounds) {
    /* fit the incident in the part of the map the article panel leaves free */
    var panel = map.getContainer().querySelector('.geomap-panel'), right = 20;
    if (panel && !L.DomUtil.hasClass(panel, 'geomap-closed')) { right += panel.offsetWidth; }
    map.fitBounds(bounds, {paddingTopLeft: [20, 20], paddingBottomRight: [right, 20], animate: false});
  }
  window.geomapControls = {fit: fit, fullscreen: fullscreen, measure: measure, timeline: timeline, setup: setup,
    labels: labels, caption: caption, locator: locator, compactLayers: compactLayers, panel: panel};
})();
