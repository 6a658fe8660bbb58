/* Search suggestions for the site's search forms (portal/templates/includes/search_form.html).
 *
 * Progressive enhancement: without this script the form is a plain GET form. With it, the
 * field becomes an ARIA 1.2 combobox with a listbox popup (the "list autocomplete with
 * manual selection" pattern of the WAI-ARIA Authoring Practices):
 *   - after 2 characters, and 150 ms without typing, ask /api/search/autocomplete/;
 *   - Down and Up move through the suggestions (focus stays in the field);
 *   - Enter on a suggestion opens it; otherwise Enter sends the form as usual;
 *   - Escape closes the list; a click or tap on a suggestion opens it;
 *   - a visually hidden live region says how many suggestions there are.
 * It also opens the search page's filters (<details data-open-from="60rem">) on wide screens.
 * The translated words come from the form's data- attributes. No dependencies, no build.
 */
(function () {
  "use strict";

  if (window.portalSearchAutocomplete) return; // the include can load this file twice
  window.portalSearchAutocomplete = true;

  var MIN_CHARS = 2;
  var DELAY_MS = 150;
  var KIND_LABELS = {
    life_event: "kindLifeEvent",
    procedure: "kindProcedure",
    page: "kindPage",
    service: "kindService",
  };

  function enhance(form) {
    var input = form.querySelector('input[name="q"]');
    var endpoint = form.getAttribute("data-autocomplete");
    if (!input || !input.id || !endpoint || !window.fetch) return;
    var row = input.parentNode;
    var language = form.getAttribute("data-autocomplete-lang") || document.documentElement.lang || "ca";
    var texts = form.dataset;

    var list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", texts.textLabel || "Suggestions");
    list.hidden = true;
    row.appendChild(list);
    row.classList.add("search-form__row--autocomplete");

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    var suggestions = []; // [{title, url, kind}] shown in the list
    var active = -1;
    var timer = null;
    var controller = null;
    var cache = Object.create(null);

    function isOpen() {
      return !list.hidden;
    }

    function open() {
      if (!suggestions.length || document.activeElement !== input) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function setActive(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        if (options[index].scrollIntoView) options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function announce(count) {
      var text;
      if (count === 0) text = texts.textNone || "";
      else text = (count === 1 ? texts.textOne : texts.textMany) || "";
      status.textContent = text.replace("{n}", String(count));
    }

    function render(results) {
      suggestions = results;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      while (list.firstChild) list.removeChild(list.firstChild);
      results.forEach(function (result, index) {
        var option = document.createElement("li");
        option.id = input.id + "-suggestion-" + index;
        option.className = "autocomplete__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.className = "autocomplete__title";
        title.textContent = result.title;
        option.appendChild(title);
        var label = texts[KIND_LABELS[result.kind]];
        if (label) {
          var kind = document.createElement("span");
          kind.className = "autocomplete__kind";
          // A comma that screen readers read as a pause between the title and the kind.
          var pause = document.createElement("span");
          pause.className = "visually-hidden";
          pause.textContent = ", ";
          kind.appendChild(pause);
          kind.appendChild(document.createTextNode(label));
          option.appendChild(kind);
          option.classList.add("autocomplete__option--" + result.kind.replace("_", "-"));
        }
        list.appendChild(option);
      });
      if (results.length) open();
      else close();
      announce(results.length);
    }

    function go(index) {
      var suggestion = suggestions[index];
      if (!suggestion || !suggestion.url) return;
      close();
      window.location.assign(suggestion.url);
    }

    function request() {
      var text = input.value.trim().replace(/\s+/g, " ");
      if (text.length < MIN_CHARS) {
        if (controller) controller.abort();
        suggestions = [];
        close();
        status.textContent = "";
        return;
      }
      if (cache[text]) {
        render(cache[text]);
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var params = "q=" + encodeURIComponent(text) + "&lang=" + encodeURIComponent(language);
      window
        .fetch(endpoint + "?" + params, {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          var results = (data && Array.isArray(data.results) ? data.results : []).filter(function (result) {
            return result && result.title && result.url;
          });
          cache[text] = results;
          // Only show what matches the field now: answers can arrive out of order.
          if (input.value.trim().replace(/\s+/g, " ") === text) render(results);
        })
        .catch(function () {
          // Aborted or failed: the plain search still works, so stay quiet.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(request, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.altKey && event.key !== "ArrowDown") return;
      var count = suggestions.length;
      switch (event.key) {
        case "ArrowDown":
        case "Down":
          if (!count) return;
          event.preventDefault();
          if (!isOpen()) {
            open();
            if (event.altKey) return;
          }
          setActive(active + 1 < count ? active + 1 : 0);
          break;
        case "ArrowUp":
        case "Up":
          if (!count) return;
          event.preventDefault();
          if (!isOpen()) open();
          setActive(active > 0 ? active - 1 : count - 1);
          break;
        case "Enter":
          if (isOpen() && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
        case "Esc":
          if (isOpen()) {
            event.preventDefault(); // keep the text (a search field would clear it)
            close();
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", close);

    // Keep focus in the field while a suggestion is pressed, then open it.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest('[role="option"]') : null;
      if (!option) return;
      go(Array.prototype.indexOf.call(list.children, option));
    });

    // Coming back with the Back button: do not show a stale list.
    window.addEventListener("pageshow", close);
  }

  // The search page's filters are closed on phones (results come sooner); where there is room
  // beside the results, open them. Without this script they stay closed and work the same.
  function openFiltersOnWideScreens() {
    var details = document.querySelectorAll("details[data-open-from]");
    for (var i = 0; i < details.length; i++) {
      var query = "(min-width: " + details[i].getAttribute("data-open-from") + ")";
      if (window.matchMedia && window.matchMedia(query).matches) details[i].open = true;
    }
  }

  function start() {
    var forms = document.querySelectorAll("form[data-autocomplete]");
    for (var i = 0; i < forms.length; i++) enhance(forms[i]);
    openFiltersOnWideScreens();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
