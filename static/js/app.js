// Behaviour every page may use, kept out of the HTML so that the Content-Security-Policy
// can forbid inline script and style.
(function () {
  // Progress bars carry their width as data-progress (a percentage).
  document.querySelectorAll("[data-progress]").forEach(function (bar) {
    bar.style.width = bar.dataset.progress + "%";
  });
  // "Copy" buttons copy the text field named by data-target.
  document.querySelectorAll(".copy-link").forEach(function (button) {
    button.addEventListener("click", function () {
      var input = document.getElementById(button.dataset.target);
      input.select();
      (navigator.clipboard ? navigator.clipboard.writeText(input.value) : Promise.reject()).then(
        function () { button.textContent = "Copied"; },
        function () { document.execCommand("copy"); button.textContent = "Copied"; }
      );
    });
  });
})();
