// Filters and sorts the conflict cards in the page; no network, no server.
(function () {
  "use strict";
  var list = document.getElementById("cards");
  var controls = document.getElementById("controls");
  if (!list || !controls) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("article.conflict"));
  var pick = {
    severity: document.getElementById("filter-severity"),
    measure: document.getElementById("filter-measure"),
    source: document.getElementById("filter-source"),
    sort: document.getElementById("sort")
  };
  var shown = document.getElementById("shown");
  var rank = { high: 0, medium: 1, low: 2 };

  function keep(card) {
    var d = card.dataset;
    return (!pick.severity.value || d.severity === pick.severity.value) &&
      (!pick.measure.value || d.measure === pick.measure.value) &&
      (!pick.source.value || d.sourceA === pick.source.value || d.sourceB === pick.source.value);
  }

  function number(text, missing) {
    var value = parseFloat(text);
    return isNaN(value) ? missing : value;
  }

  var orders = {
    report: function () { return 0; },
    severity: function (a, b) { return rank[a.dataset.severity] - rank[b.dataset.severity]; },
    confidence: function (a, b) { return number(b.dataset.confidence, -1) - number(a.dataset.confidence, -1); },
    measure: function (a, b) { return a.dataset.measure.localeCompare(b.dataset.measure); },
    source: function (a, b) { return a.dataset.sourceA.localeCompare(b.dataset.sourceA); }
  };

  function update() {
    var order = orders[pick.sort.value] || orders.report;
    var sorted = cards.slice().sort(function (a, b) {
      // dismissed conflicts stay at the end, folded
      return (a.dataset.review === "dismissed") - (b.dataset.review === "dismissed") ||
        order(a, b) || number(a.dataset.order, 0) - number(b.dataset.order, 0);
    });
    var count = 0;
    sorted.forEach(function (card) {
      var visible = keep(card);
      card.hidden = !visible;
      count += visible ? 1 : 0;
      list.appendChild(card);
    });
    shown.textContent = "showing " + count + " of " + cards.length;
  }

  // The choices live in the address too (report.html#severity=high&sort=measure):
  // a reader can bookmark or send a view of the report.
  function fromAddress() {
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var parts = pair.split("=");
      var name = decodeURIComponent(parts[0] || "");
      if (Object.prototype.hasOwnProperty.call(pick, name)) {
        pick[name].value = decodeURIComponent(parts.slice(1).join("="));
      }
    });
  }

  function toAddress() {
    var pairs = Object.keys(pick).filter(function (name) {
      return pick[name].value && !(name === "sort" && pick[name].value === "report");
    }).map(function (name) {
      return encodeURIComponent(name) + "=" + encodeURIComponent(pick[name].value);
    });
    history.replaceState(null, "", pairs.length ? "#" + pairs.join("&") : location.pathname);
  }

  Object.keys(pick).forEach(function (name) {
    pick[name].addEventListener("change", function () { toAddress(); update(); });
  });
  fromAddress();
  controls.hidden = false;
  update();
})();
