/*
 * The study map (study/map.xhtml): municipality boundaries (CBS/PDOK) drawn with Leaflet, no tile
 * layer. Each municipality in the study is filled with its area's level colour from the framework
 * file; a district's result fills its municipality with a dashed outline and a labelled marker;
 * municipalities outside the study are grey. Study areas are links: click, or Tab to them and
 * press Enter, to open the area's explanation. The same figures are in the table beside the map.
 * Texts come from the server (data- attributes and the JSON), so nothing is translated here.
 */
(function () {
  'use strict';

  var OUTSIDE = { fillColor: '#e4e4e4', color: '#9a9a9a', weight: 0.6, fillOpacity: 1, className: 'area-outside' };

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.json();
    });
  }

  function go(href) {
    window.location.assign(href);
  }

  /** A study area's polygon or marker element becomes a link for the keyboard and screen readers. */
  function asLink(element, label, href, onFocus, onBlur) {
    if (!element) {
      return;
    }
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'link');
    element.setAttribute('aria-label', label);
    element.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        go(href);
      }
    });
    if (onFocus) {
      element.addEventListener('focus', onFocus);
      element.addEventListener('blur', onBlur);
    }
  }

  function centreOf(layer) {
    // The centre of the largest polygon, so a marker sits on the mainland, not on an island.
    var best = null;
    var bestSize = -1;
    var latlngs = layer.getLatLngs();
    var polygons = Array.isArray(latlngs[0]) && Array.isArray(latlngs[0][0]) ? latlngs : [latlngs];
    polygons.forEach(function (rings) {
      var bounds = L.latLngBounds(rings[0]);
      var size = (bounds.getNorth() - bounds.getSouth()) * (bounds.getEast() - bounds.getWest());
      if (size > bestSize) {
        bestSize = size;
        best = bounds.getCenter();
      }
    });
    return best || layer.getBounds().getCenter();
  }

  function draw(element, boundaries, data) {
    var byMunicipality = {};
    data.areas.forEach(function (area) {
      var entry = byMunicipality[area.municipality] || (byMunicipality[area.municipality] = { whole: null, districts: [] });
      if (area.district) {
        entry.districts.push(area);
      } else {
        entry.whole = area;
      }
    });

    var map = L.map(element, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 6,
      maxZoom: 12
    });
    L.control.zoom({ zoomInTitle: element.dataset.zoomIn, zoomOutTitle: element.dataset.zoomOut }).addTo(map);
    L.control.attribution({ prefix: false }).addAttribution(element.dataset.attribution).addTo(map);

    var markers = [];
    var layer = L.geoJSON(boundaries, {
      style: function (feature) {
        var entry = byMunicipality[feature.properties.gemeenteCode];
        if (!entry) {
          return OUTSIDE;
        }
        var shown = entry.whole || entry.districts[0];
        return {
          fillColor: shown.colour,
          fillOpacity: 0.9,
          color: entry.whole ? '#263238' : '#111111',
          weight: entry.whole ? 1.4 : 2.4,
          dashArray: entry.whole ? null : '5 4',
          className: entry.whole ? 'area-in-study' : 'area-district'
        };
      },
      onEachFeature: function (feature, polygon) {
        var code = feature.properties.gemeenteCode;
        var entry = byMunicipality[code];
        if (!entry) {
          polygon.bindTooltip(feature.properties.gemeenteNaam + ' – ' + element.dataset.outside, { sticky: true });
          return;
        }
        var shown = entry.whole || entry.districts[0];
        polygon.bindTooltip(shown.summary, { sticky: true });
        polygon.on('click', function () {
          go(shown.href);
        });
        polygon.wijkzicht = shown;
        entry.districts.forEach(function (district) {
          markers.push({ polygon: polygon, area: district });
        });
      }
    }).addTo(map);

    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    map.setMaxBounds(layer.getBounds().pad(0.3));

    // After adding: the SVG paths exist; study areas become links in the tab order.
    layer.eachLayer(function (polygon) {
      var area = polygon.wijkzicht;
      if (area) {
        var path = polygon.getElement();
        path.setAttribute('data-code', area.code);
        path.setAttribute('id', 'mapArea-' + area.code);
        asLink(path, area.summary, area.href,
          function () { polygon.openTooltip(centreOf(polygon)); },
          function () { polygon.closeTooltip(); });
      } else if (polygon.getElement()) {
        polygon.getElement().setAttribute('aria-hidden', 'true');
      }
    });

    markers.forEach(function (m) {
      var area = m.area;
      var icon = L.divIcon({
        className: 'district-marker',
        html: '<span class="district-swatch"></span><span class="district-name"></span>',
        iconSize: null
      });
      var marker = L.marker(centreOf(m.polygon), { icon: icon, keyboard: false, title: '', riseOnHover: true }).addTo(map);
      var el = marker.getElement();
      el.querySelector('.district-swatch').style.background = area.colour;
      el.querySelector('.district-name').textContent = element.dataset.district.replace('{0}', area.districtName || area.label);
      el.setAttribute('data-code', area.code);
      el.setAttribute('id', 'mapArea-' + area.code);
      marker.bindTooltip(area.summary, { direction: 'top', offset: [0, -12] });
      marker.on('click', function () {
        go(area.href);
      });
      asLink(el, area.summary, area.href,
        function () { marker.openTooltip(); },
        function () { marker.closeTooltip(); });
    });
    element.classList.add('map-ready');
  }

  function start() {
    var element = document.getElementById('studyMap');
    if (!element || !window.L) {
      return;
    }
    Promise.all([getJson(element.dataset.boundaries), getJson(element.dataset.scores)])
      .then(function (loaded) {
        draw(element, loaded[0], loaded[1]);
      })
      .catch(function () {
        var note = document.createElement('p');
        note.className = 'map-failed';
        note.textContent = element.dataset.failed;
        element.appendChild(note);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
