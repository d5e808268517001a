// A grading batch's progress bar follows the worker until the batch is finished.
(function () {
  var row = document.getElementById("batch-progress");
  if (!row || row.dataset.finished === "1") { return; }
  var bar = row.querySelector("[role=progressbar]"), text = document.getElementById("batch-text");
  function poll() {
    fetch(row.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
      bar.setAttribute("aria-valuenow", s.done);
      bar.firstElementChild.style.width = s.percent + "%";
      text.textContent = s.done + "/" + s.total + " · " + s.suggested + " suggested · " + s.no_suggestion + " without · " + s.status + (s.error ? ": " + s.error : "");
      if (s.finished) { row.dataset.finished = "1"; } else { setTimeout(poll, 1000); }
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();
