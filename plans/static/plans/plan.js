// Enhances a plan page: ticks kept on this device (localStorage), copy the link, print.
// Without JavaScript the plan, its links and its calendar file work the same.
(function () {
  "use strict";
  var list = document.querySelector("[data-plan-id]");
  if (!list) { return; }
  var key = "fets-vitals:plan:" + list.getAttribute("data-plan-id");
  var storage = null;
  try { storage = window.localStorage; storage.getItem(key); } catch (error) { storage = null; }

  function read() {
    try { return JSON.parse(storage.getItem(key)) || {}; } catch (error) { return {}; }
  }

  if (storage) {
    var done = read();
    list.querySelectorAll("[data-plan-step]").forEach(function (box) {
      var step = box.getAttribute("data-plan-step");
      box.checked = done[step] === true;
      box.addEventListener("change", function () {
        var state = read();
        if (box.checked) { state[step] = true; } else { delete state[step]; }
        try { storage.setItem(key, JSON.stringify(state)); } catch (error) { /* storage full or blocked */ }
      });
    });
    var saved = document.querySelector("[data-plan-saved]");
    if (saved) { saved.hidden = false; }
  }

  var buttons = document.querySelector("[data-plan-buttons]");
  if (buttons) { buttons.hidden = false; }
  var print = document.querySelector("[data-plan-print]");
  if (print) { print.addEventListener("click", function () { window.print(); }); }
  var copy = document.querySelector("[data-plan-copy]");
  var link = document.getElementById("plan-share-link");
  var status = document.querySelector("[data-plan-copied]");
  if (copy && link) {
    copy.addEventListener("click", function () {
      var done = function () { if (status) { status.textContent = copy.getAttribute("data-copied") || ""; } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(link.value).then(done, function () { link.select(); });
      } else {
        link.select();
      }
    });
  }
})();
