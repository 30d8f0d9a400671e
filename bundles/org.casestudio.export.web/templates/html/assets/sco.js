// Reports a case page to the LMS as a SCORM 1.2 SCO: initialised on load, "incomplete" until the
// learner says the case is studied, then "completed"; finished when the page goes away.
(function () {
  "use strict";

  function findApi(win) {
    // SCORM 1.2: the LMS puts window.API in a parent frame or the opener; look a few levels up.
    for (var depth = 0; win && depth < 10; depth++) {
      try {
        if (win.API) { return win.API; }
      } catch (e) { /* a frame of another origin: keep looking */ }
      if (win.parent && win.parent !== win) { win = win.parent; } else { break; }
    }
    try {
      if (window.opener && window.opener.API) { return window.opener.API; }
    } catch (e) { /* no accessible opener */ }
    return null;
  }

  var api = findApi(window);
  var finished = false;

  // The LMS answers "true" or "false"; on "false" the learner must know that nothing was recorded.
  function ok(result) {
    return result === true || result === "true";
  }

  // The page gives the words in its language (data-* of the status); English when it does not.
  function word(status, name, english) {
    return (status && status.dataset && status.dataset[name]) || english;
  }

  function failure(status) {
    var code = api.LMSGetLastError ? api.LMSGetLastError() : "";
    status.textContent = word(status, "notRecorded", "The learning platform did not record this")
        + (code ? " (" + word(status, "error", "error") + " " + code + ")" : "") + ".";
  }

  function finish() {
    if (api && !finished) {
      finished = true;
      api.LMSFinish("");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("sco-complete");
    var status = document.getElementById("sco-status");
    if (!api) {
      // Opened outside an LMS (say, from a USB stick): nothing to report to.
      if (button) { button.parentNode.hidden = true; }
      return;
    }
    if (!ok(api.LMSInitialize(""))) {
      if (button) { button.disabled = true; }
      failure(status);
      return;
    }
    if (api.LMSGetValue("cmi.core.lesson_status") !== "completed") {
      api.LMSSetValue("cmi.core.lesson_status", "incomplete");
      api.LMSCommit("");
    } else if (button) {
      button.disabled = true;
      status.textContent = word(status, "already", "Already recorded as studied.");
    }
    if (button) {
      button.addEventListener("click", function () {
        if (ok(api.LMSSetValue("cmi.core.lesson_status", "completed")) && ok(api.LMSCommit(""))) {
          button.disabled = true;
          status.textContent = word(status, "recorded", "Recorded as studied.");
        } else {
          failure(status);
        }
      });
    }
  });
  window.addEventListener("pagehide", finish);
  window.addEventListener("unload", finish);
})();
