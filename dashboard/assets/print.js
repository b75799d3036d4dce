/* Before printing, redraw every chart to the width it has on the page (print.css gives charts the full width), so
   a chart drawn for a wide screen is not cut off on A4; after printing, redraw it for the screen again. */
(function () {
  function redraw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll('.js-plotly-plot').forEach(function (plot) { window.Plotly.Plots.resize(plot); });
  }
  window.addEventListener('beforeprint', redraw);
  window.addEventListener('afterprint', redraw);
}());
