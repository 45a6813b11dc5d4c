// Progressive enhancements of the public pages. Every feature works without this file.
(function () {
  "use strict";

  var FONT_KEY = "portal-font-step";
  var MIN_STEP = -2;
  var MAX_STEP = 4;

  function readStep() {
    try {
      var step = parseInt(window.localStorage.getItem(FONT_KEY), 10);
      return isNaN(step) ? 0 : Math.max(MIN_STEP, Math.min(MAX_STEP, step));
    } catch (e) {
      return 0;
    }
  }

  function applyStep(step) {
    document.documentElement.style.fontSize = step === 0 ? "" : 100 + step * 12.5 + "%";
    try {
      window.localStorage.setItem(FONT_KEY, String(step));
    } catch (e) {
      /* Not remembered, but applied on this page. */
    }
    document.querySelectorAll("[data-font-size]").forEach(function (button) {
      var action = button.getAttribute("data-font-size");
      if (action === "down") button.disabled = step <= MIN_STEP;
      if (action === "up") button.disabled = step >= MAX_STEP;
    });
  }

  function setupFontSize() {
    var buttons = document.querySelectorAll("[data-font-size]");
    if (!buttons.length) return;
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.getAttribute("data-font-size");
        var step = readStep();
        if (action === "up") step = Math.min(MAX_STEP, step + 1);
        else if (action === "down") step = Math.max(MIN_STEP, step - 1);
        else step = 0;
        applyStep(step);
      });
    });
    applyStep(readStep());
  }

  // "Danh mục" on phones: a link to the menu panel (which CSS shows as :target without this
  // script) becomes a disclosure button.
  function setupMenu() {
    var toggle = document.querySelector("[data-menu-toggle]");
    var panel = document.getElementById("main-nav-panel");
    if (!toggle || !panel) return;
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-controls", panel.id);
    toggle.setAttribute("aria-expanded", "false");
    function flip(event) {
      event.preventDefault();
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      panel.classList.toggle("is-open", open);
    }
    toggle.addEventListener("click", flip);
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") flip(event);
    });
  }

  // Voice search through the browser's Web Speech API. The button shows only where the browser
  // has it (font-size-init.js marks <html> with "speech"); what goes wrong is said in words.
  var VOICE_MESSAGES = {
    listening: "Đang nghe… Hãy nói từ cần tìm.",
    "not-allowed":
      "Trình duyệt chưa được phép dùng micrô. Hãy cho phép trang này dùng micrô trong cài đặt của trình duyệt, hoặc gõ từ cần tìm.",
    "audio-capture": "Không tìm thấy micrô trên thiết bị. Hãy kiểm tra micrô, hoặc gõ từ cần tìm.",
    "no-speech": "Không nghe thấy tiếng nói. Hãy bấm nút micrô rồi nói rõ từ cần tìm.",
    unavailable:
      "Dịch vụ nhận dạng giọng nói của trình duyệt hiện không dùng được. Hãy gõ từ cần tìm.",
    "language-not-supported":
      "Trình duyệt chưa nhận dạng được tiếng Việt. Hãy gõ từ cần tìm.",
  };
  VOICE_MESSAGES["service-not-allowed"] = VOICE_MESSAGES["not-allowed"];

  function setupVoiceSearch() {
    var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    var button = document.querySelector("[data-voice-search]");
    var status = document.querySelector("[data-voice-status]");
    var input = document.getElementById("header-search");
    if (!Recognition || !button || !input) return;
    function say(key) {
      if (status) status.textContent = key ? VOICE_MESSAGES[key] || VOICE_MESSAGES.unavailable : "";
    }
    // Typing instead: the message, which lies over the page, goes away.
    input.addEventListener("input", function () {
      say("");
    });
    button.addEventListener("click", function () {
      var recognition;
      var outcome = null;
      try {
        recognition = new Recognition();
        recognition.lang = "vi-VN";
        recognition.interimResults = false;
        recognition.maxAlternatives = 1;
      } catch (e) {
        say("unavailable");
        return;
      }
      recognition.onresult = function (event) {
        var transcript = event.results[0][0].transcript;
        outcome = "result";
        say("");
        input.value = transcript;
        input.form.submit();
      };
      recognition.onerror = function (event) {
        outcome = event.error;
        // "aborted": the reader stopped it; nothing to say.
        say(event.error === "aborted" ? "" : event.error);
      };
      recognition.onend = function () {
        button.setAttribute("aria-pressed", "false");
        if (!outcome) say("no-speech");
      };
      try {
        recognition.start();
      } catch (e) {
        say("unavailable");
        return;
      }
      button.setAttribute("aria-pressed", "true");
      say("listening");
    });
  }

  // Print and copy-link buttons of the share box (hidden until this script shows them).
  function setupShare() {
    var status = document.querySelector("[data-share-status]");
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
    if (!navigator.clipboard) return;
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
          if (status) {
            status.textContent =
              button.getAttribute("data-copied-message") || "Đã sao chép liên kết.";
          }
        });
      });
    });
  }

  // Hosted films: the provider's player (and its scripts) loads only when asked for.
  function setupEmbeds() {
    document.querySelectorAll("[data-embed-player]").forEach(function (container) {
      var button = container.querySelector("[data-embed-button]");
      var template = container.querySelector("template");
      if (!button || !template) return;
      button.addEventListener("click", function (event) {
        event.preventDefault();
        container.replaceChildren(template.content.cloneNode(true));
        var frame = container.querySelector("iframe");
        if (frame) frame.focus();
      });
    });
  }

  // "Thêm dòng" in the units' forms: copies the formset's template row with the next index.
  function setupRowTables() {
    document.querySelectorAll("[data-add-row]").forEach(function (button) {
      var prefix = button.getAttribute("data-add-row");
      var template = document.querySelector('[data-row-template="' + prefix + '"]');
      var body = document.querySelector('[data-rows="' + prefix + '"]');
      var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
      if (!template || !body || !total) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var index = parseInt(total.value, 10);
        var html = template.innerHTML
          .replace(/__prefix__/g, String(index))
          .replace(/__row__/g, String(index + 1));
        body.insertAdjacentHTML("beforeend", html);
        total.value = String(index + 1);
        var first = body.lastElementChild.querySelector("input, select");
        if (first) first.focus();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupRowTables();
    setupEmbeds();
    setupShare();
    setupFontSize();
    setupMenu();
    setupVoiceSearch();
  });
})();
