// "Is this page useful?" in place: answers are sent without leaving the page, and "No" opens
// "What went wrong?" instead of sending at once. Without this file the same forms post and
// come back to the page with a thank-you.
(function () {
  "use strict";
  var section = document.querySelector("[data-feedback]");
  if (!section || !window.fetch || !window.FormData) { return; }
  var status = section.querySelector("[data-feedback-status]");
  var details = section.querySelector("[data-feedback-details]");
  var noButton = section.querySelector("[data-feedback-no]");

  if (noButton && details) {
    noButton.setAttribute("aria-expanded", "false");
    noButton.addEventListener("click", function (event) {
      event.preventDefault();
      details.open = true;
      noButton.setAttribute("aria-expanded", "true");
      var first = details.querySelector("textarea");
      if (first) { first.focus(); }
    });
  }

  function finish(message) {
    var heading = section.querySelector("h2");
    section.querySelectorAll("form, details").forEach(function (element) { element.remove(); });
    heading.classList.remove("visually-hidden");
    heading.textContent = message;
    heading.focus();
  }

  function send(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    status.textContent = section.getAttribute("data-text-sending");
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok) {
        status.textContent = "";
        finish(result.body.message);
      } else {
        status.setAttribute("role", "alert");
        status.textContent = result.body.message;
      }
    }).catch(function () {
      status.setAttribute("role", "alert");
      status.textContent = section.getAttribute("data-text-failed");
    });
  }

  section.querySelectorAll("[data-feedback-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send(form, event.submitter);
    });
  });
})();
