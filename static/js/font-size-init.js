// Runs in <head>, before the page paints, so nothing moves afterwards: marks <html> with "js"
// (and "speech" where the browser can listen, which shows the voice-search button) and
// applies the reader's remembered font size (see portal.js).
(function () {
  var root = document.documentElement;
  root.className = root.className.replace("no-js", "js");
  if (window.SpeechRecognition || window.webkitSpeechRecognition) {
    root.className += " speech";
  }
  try {
    var step = parseInt(window.localStorage.getItem("portal-font-step"), 10);
    if (step >= -2 && step <= 4 && step !== 0) {
      root.style.fontSize = 100 + step * 12.5 + "%";
    }
  } catch (e) {
    /* Storage may be blocked; the default size stays. */
  }
})();
