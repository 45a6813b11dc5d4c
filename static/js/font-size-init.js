// Applies the reader's remembered font size before the page paints (see portal.js).
(function () {
  document.documentElement.className = document.documentElement.className.replace("no-js", "js");
  try {
    var step = parseInt(window.localStorage.getItem("portal-font-step"), 10);
    if (step >= -2 && step <= 4 && step !== 0) {
      document.documentElement.style.fontSize = 100 + step * 12.5 + "%";
    }
  } catch (e) {
    /* Storage may be blocked; the default size stays. */
  }
})();
