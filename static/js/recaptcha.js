// The page's part of Google reCAPTCHA, kept out of inline scripts so the site's
// Content-Security-Policy can forbid them. Loaded only on pages with a reCAPTCHA widget.
(function () {
  "use strict";

  function setUp(element) {
    // v2 checkbox: Google fills the hidden answer itself; it calls the named callback when
    // the box is ticked, which only needs to exist.
    var callback = element.getAttribute("data-callback");
    if (callback && typeof window[callback] !== "function") {
      window[callback] = function () {};
    }
    if (element.tagName !== "INPUT" || !element.form) {
      return;
    }
    // v3: ask Google for a fresh token when the form is sent, then send it.
    var form = element.form;
    form.addEventListener("submit", function (event) {
      if (element.value || !window.grecaptcha) {
        return;
      }
      event.preventDefault();
      window.grecaptcha.ready(function () {
        var options = {};
        var action = element.getAttribute("data-action");
        if (action) {
          options.action = action;
        }
        window.grecaptcha
          .execute(element.getAttribute("data-sitekey"), options)
          .then(function (token) {
            element.value = token;
            form.submit();
          });
      });
    });
  }

  function init() {
    var widgets = document.querySelectorAll(".g-recaptcha");
    for (var i = 0; i < widgets.length; i += 1) {
      setUp(widgets[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
