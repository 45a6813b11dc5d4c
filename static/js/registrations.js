// The units' report form: the self-score total follows the scores as they are typed.
// Without this script the total shown is the one the server computed; saving recomputes it.
(function () {
  "use strict";

  // "98,5", "98.5" and " 12 " read as numbers; anything else counts as nothing.
  function readNumber(text) {
    var value = (text || "").trim().replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(value)) return 0;
    return parseFloat(value);
  }

  function setupScoreTotal() {
    var output = document.querySelector("[data-score-total]");
    if (!output || !output.form) return;
    var inputs = output.form.querySelectorAll("[data-score]");
    var format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
    function update() {
      var total = 0;
      inputs.forEach(function (input) {
        total += readNumber(input.value);
      });
      output.value = format.format(Math.round(total * 100) / 100);
    }
    inputs.forEach(function (input) {
      input.addEventListener("input", update);
    });
  }

  document.addEventListener("DOMContentLoaded", setupScoreTotal);
})();
