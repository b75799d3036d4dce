/* Before printing, redraw every chart to the width it has on the page (print.css gives charts the full width), so
   a chart drawn for a wide screen is not cut off on A4; after printing, redraw it for the screen again. */
(function () {
  var TALLEST = 420;  // px on paper: a taller chart is drawn smaller, so its card's heading and table stay with it
  function redraw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll('.js-plotly-plot').forEach(function (plot) { window.Plotly.Plots.resize(plot); });
  }
  function beforePrint() {
    redraw();
    document.querySelectorAll('.hd-graph-box').forEach(function (box) {
      var tall = box.scrollHeight;
      if (tall > TALLEST) { box.style.zoom = String(TALLEST / tall); }
    });
  }
  function afterPrint() {
    document.querySelectorAll('.hd-graph-box').forEach(function (box) { box.style.zoom = ''; });
    redraw();
  }
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
}());
