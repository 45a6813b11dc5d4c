// Recovery codes: buttons to copy them all and to print them (shown only when scripts run;
// the codes stay selectable text without them).
(function () {
  "use strict";

  function init() {
    var actions = document.querySelector("[data-two-factor-actions]");
    if (!actions) {
      return;
    }
    var status = document.querySelector("[data-two-factor-status]");
    var copy = actions.querySelector("[data-two-factor-copy]");
    var print = actions.querySelector("[data-two-factor-print]");
    actions.hidden = false;

    copy.addEventListener("click", function () {
      var list = document.getElementById(copy.getAttribute("data-two-factor-copy"));
      var codes = Array.prototype.map.call(list.querySelectorAll("code"), function (code) {
        return code.textContent.trim();
      });
      var say = function (text) {
        status.textContent = text;
      };
      if (!navigator.clipboard) {
        say(copy.getAttribute("data-failed"));
        return;
      }
      navigator.clipboard.writeText(codes.join("\n")).then(
        function () {
          say(copy.getAttribute("data-copied"));
        },
        function () {
          say(copy.getAttribute("data-failed"));
        }
      );
    });
    print.addEventListener("click", function () {
      window.print();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
