/* geomap corpus map: clustered markers, a heat layer and a time slider over an events table.
 * Every text of the corpus reaches the page as textContent (never innerHTML); links only to http(s). */
(function () {
  'use strict';

  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (parent) parent.appendChild(e);
    return e;
  }

  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  /* A heat layer drawn on one canvas: a blurred dot per place, weighted by its rows, coloured by a palette. */
  var Heat = L.Layer.extend({
    initialize: function () { this._points = []; },
    setPoints: function (points) { this._points = points; if (this._map) this._draw(); return this; },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create('canvas', 'geomap-heat leaflet-zoom-hide');
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on('moveend resize', this._draw, this);
      this._draw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend resize', this._draw, this);
    },
    _palette: function () {
      if (Heat.palette) return Heat.palette;
      var c = document.createElement('canvas'), g;
      c.width = 256; c.height = 1;
      var ctx = c.getContext('2d', {willReadFrequently: true});
      g = ctx.createLinearGradient(0, 0, 256, 0);
      g.addColorStop(0.2, '#2c7bb6'); g.addColorStop(0.45, '#abd9e9'); g.addColorStop(0.65, '#ffffbf');
      g.addColorStop(0.85, '#fdae61'); g.addColorStop(1, '#d7191c');
      ctx.fillStyle = g; ctx.fillRect(0, 0, 256, 1);
      Heat.palette = ctx.getImageData(0, 0, 256, 1).data;
      return Heat.palette;
    },
    _blob: function (r) {
      var c = document.createElement('canvas'), ctx = c.getContext('2d');
      c.width = c.height = 2 * r;
      var g = ctx.createRadialGradient(r, r, 0, r, r, r);
      g.addColorStop(0, 'rgba(0,0,0,1)'); g.addColorStop(1, 'rgba(0,0,0,0)');
      ctx.fillStyle = g; ctx.fillRect(0, 0, 2 * r, 2 * r);
      return c;
    },
    _draw: function () {
      var map = this._map, size = map.getSize(), c = this._canvas, r = 22, max = 1, i;
      c.width = size.x; c.height = size.y;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      var ctx = c.getContext('2d', {willReadFrequently: true}), blob = this._blob(r);
      for (i = 0; i < this._points.length; i++) max = Math.max(max, this._points[i][2]);
      for (i = 0; i < this._points.length; i++) {
        var p = this._points[i], pt = map.latLngToContainerPoint([p[0], p[1]]);
        if (pt.x < -r || pt.y < -r || pt.x > size.x + r || pt.y > size.y + r) continue;
        ctx.globalAlpha = Math.max(0.15, Math.log(1 + p[2]) / Math.log(1 + max));
        ctx.drawImage(blob, pt.x - r, pt.y - r);
      }
      if (!size.x || !size.y) return;
      var img = ctx.getImageData(0, 0, size.x, size.y), d = img.data, pal = this._palette();
      for (i = 3; i < d.length; i += 4) {
        var a = d[i];
        if (!a) continue;
        d[i - 3] = pal[a * 4]; d[i - 2] = pal[a * 4 + 1]; d[i - 1] = pal[a * 4 + 2]; d[i] = Math.min(200, 60 + a);
      }
      ctx.putImageData(img, 0, 0);
    }
  });

  function weeks(buckets) {
    /* [first day index, last day index, label] of each Monday-to-Sunday week of the day steps */
    var out = [];
    buckets.forEach(function (day, i) {
      var d = new Date(day + 'T00:00:00Z'), monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5);
      var label = 'week of ' + monday.toISOString().slice(0, 10);
      if (out.length && out[out.length - 1][2] === label) out[out.length - 1][1] = i;
      else out.push([i, i, label]);
    });
    return out;
  }

  function steps(data, unit) {
    if (unit === 'week' && data.unit === 'day') return weeks(data.buckets);
    var prefix = {day: '', week: 'week of ', month: 'month of '}[data.unit];
    return data.buckets.map(function (b, i) { return [i, i, prefix + b]; });
  }

  function popupContent(place, rows, quotes, undated) {
    var box = el('div', 'geomap-corpus-popup');
    el('div', 'geomap-corpus-place', place[2] + (place[3] ? ', ' + place[3] : ''), box).style.fontWeight = 'bold';
    var detail = fmt(rows) + (rows === 1 ? ' row' : ' rows') + (undated ? ' without a date' : ' in the selected time');
    if (place[4]) detail += ' \u00b7 precision ' + place[4];
    if (place[5] !== null) detail += ' \u00b7 within ' + (place[5] >= 1000 ? (place[5] / 1000).toFixed(1) + ' km' : place[5] + ' m');
    el('div', 'geomap-corpus-meta', detail, box);
    quotes.forEach(function (q) {
      var head = el('div', null, null, box);
      el('span', 'geomap-corpus-doc', 'document ' + q[2], head);
      var meta = [q[3], q[5]].filter(Boolean).join(' \u00b7 ');
      if (meta) el('span', 'geomap-corpus-meta', ' ' + meta, head);
      if (q[4]) {
        head.appendChild(document.createTextNode(' '));
        if (/^https?:\/\//i.test(q[4])) {
          var a = el('a', 'geomap-corpus-meta', 'source', head);
          a.href = q[4]; a.target = '_blank'; a.rel = 'noopener noreferrer'; a.title = q[4];
        } else el('span', 'geomap-corpus-meta', q[4], head);
      }
      if (q[6]) el('blockquote', null, q[6], box);
    });
    if (rows > quotes.length) el('div', 'geomap-corpus-meta', fmt(rows - quotes.length) + ' more not quoted here', box);
    return box;
  }

  function clusterIcon(undated) {
    return function (cluster) {
      var n = 0;
      cluster.getAllChildMarkers().forEach(function (m) { n += m.options.geomapRows; });
      return L.divIcon({html: el('div', null, fmt(n)), iconSize: [40, 40],
        className: 'geomap-corpus-cluster' + (undated ? ' geomap-corpus-undated' : '')});
    };
  }

  window.geomapCorpus = function (container, payload, outlines) {
    var data = payload.data, opts = payload.options, P = data.places;
    var map = L.map(container, {worldCopyJump: true, maxZoom: opts.maxZoom || 18});
    map.createPane('geomapOutlines').style.zIndex = 150;
    L.geoJSON(outlines, {pane: 'geomapOutlines', interactive: false,
      style: {color: '#9e9e9e', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1}}).addTo(map);
    container.style.background = '#d4e4f1';
    if (opts.url) L.tileLayer(opts.url, {attribution: opts.attribution, maxZoom: opts.maxZoom}).addTo(map);
    else map.attributionControl.addAttribution(opts.attribution);
    L.control.scale().addTo(map);

    var cells = P.map(function () { return []; }), quotes = P.map(function () { return []; });
    data.cells.forEach(function (c) { cells[c[0]].push(c); });
    data.quotes.forEach(function (q) { quotes[q[0]].push(q); });
    var sel = null;  /* null: every date; else [first bucket, last bucket] */
    function inSel(b) { return b >= 0 && (sel === null || (b >= sel[0] && b <= sel[1])); }

    var dated = L.markerClusterGroup({iconCreateFunction: clusterIcon(false), showCoverageOnHover: false, chunkedLoading: true});
    var undated = L.markerClusterGroup({iconCreateFunction: clusterIcon(true), showCoverageOnHover: false});
    var heat = new Heat();

    function marker(i, rows, isUndated) {
      var size = rows > 99 ? 30 : 22;
      var icon = L.divIcon({className: 'geomap-corpus-marker' + (isUndated ? ' geomap-corpus-undated' : ''),
        html: el('span', null, fmt(rows)), iconSize: [size, size]});
      var m = L.marker([P[i][0], P[i][1]], {icon: icon, geomapRows: rows, title: P[i][2]});
      m.bindPopup(function () {
        var qs = quotes[i].filter(function (q) { return isUndated ? q[1] < 0 : inSel(q[1]); });
        return popupContent(P[i], rows, qs, isUndated);
      }, {maxWidth: 380});
      return m;
    }

    function refresh() {
      var markers = [], points = [], total = 0;
      P.forEach(function (p, i) {
        var n = 0;
        cells[i].forEach(function (c) { if (inSel(c[1])) n += c[2]; });
        if (n) { markers.push(marker(i, n, false)); points.push([p[0], p[1], n]); total += n; }
      });
      dated.clearLayers(); dated.addLayers(markers);
      heat.setPoints(points);
      return total;
    }

    var undatedMarkers = [];
    P.forEach(function (p, i) {
      var n = 0;
      cells[i].forEach(function (c) { if (c[1] < 0) n += c[2]; });
      if (n) undatedMarkers.push(marker(i, n, true));
    });
    undated.addLayers(undatedMarkers);
    dated.addTo(map); heat.addTo(map); undated.addTo(map);
    L.control.layers(null, {'Events and places (clustered)': dated, 'Heat': heat, 'Without a date (grey)': undated},
      {collapsed: false}).addTo(map);
    timeControl(map, data, opts, refresh, function (s) { sel = s; });

    var bounds = L.latLngBounds(P.map(function (p) { return [p[0], p[1]]; }));
    if (bounds.isValid()) map.fitBounds(bounds, {maxZoom: 12, paddingTopLeft: [30, 60], paddingBottomRight: [230, 150]}); else map.setView([20, 0], 2);
  };

  function timeControl(map, data, opts, refresh, select) {
    var title = L.control({position: 'topleft'});
    title.onAdd = function () { return el('div', 'geomap-corpus-title', opts.title); };
    title.addTo(map);
    var ctl = L.control({position: 'bottomleft'});
    ctl.onAdd = function () {
      var box = el('div', 'geomap-corpus-time'), s = data.stats, unit = data.unit;
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      var all = el('button', 'geomap-corpus-all', 'All dates', box);
      var byWeek = data.unit === 'day' ? el('button', 'geomap-corpus-unit', 'By week', box) : null;
      var when = el('span', 'geomap-corpus-when', '', box);
      var range = el('input', 'geomap-corpus-slider', null, box);
      range.type = 'range'; range.min = 0; range.disabled = !data.buckets.length;
      var note = fmt(s.rows) + ' rows from ' + fmt(s.documents) + ' documents';
      if (s.undated_documents) note += '; ' + fmt(s.undated_documents) + ' documents (' + fmt(s.undated_rows) +
        ' rows) have no date: grey markers, always shown';
      if (s.dropped_places) note += '; ' + fmt(s.dropped_places) + ' places with ' + fmt(s.dropped_rows) +
        ' rows not drawn (only the ' + fmt(opts.maxPlaces) + ' places with the most rows are)';
      el('div', 'geomap-corpus-note', note, box);
      var list = [];
      function setUnit(u) { unit = u; list = steps(data, u); range.max = Math.max(0, list.length - 1); range.value = 0; }
      function show(i) {
        if (i === null) { select(null); when.textContent = ' every date: ' + fmt(refresh()) + ' dated rows'; return; }
        var st = list[i];
        select([st[0], st[1]]);
        when.textContent = ' ' + st[2] + ': ' + fmt(refresh()) + ' rows';
      }
      setUnit(unit);
      range.addEventListener('input', function () { show(+range.value); });
      all.addEventListener('click', function () { show(null); });
      if (byWeek) byWeek.addEventListener('click', function () {
        setUnit(unit === 'day' ? 'week' : 'day');
        byWeek.textContent = unit === 'day' ? 'By week' : 'By day';
        show(0);
      });
      show(null);
      return box;
    };
    ctl.addTo(map);
  }
}());
