// The grading form: Ctrl+Enter or Alt+S saves and opens the next ungraded submission;
// criteria points fill in their section's score as they are typed.
(function () {
  var form = document.getElementById("grading-form");
  var next = document.getElementById("save-next");
  if (!form) { return; }
  document.addEventListener("keydown", function (event) {
    var ctrlEnter = (event.ctrlKey || event.metaKey) && event.key === "Enter";
    var altS = event.altKey && (event.key === "s" || event.key === "S" || event.code === "KeyS");
    if (ctrlEnter || altS) {
      event.preventDefault();
      form.requestSubmit(next);
    }
  });
  form.addEventListener("input", function (event) {
    var section = event.target.dataset.section;
    if (section === undefined) { return; }
    var inputs = form.querySelectorAll('input.criterion[data-section="' + section + '"]');
    var sum = 0, any = false;
    inputs.forEach(function (input) {
      if (input.value !== "" && !isNaN(Number(input.value))) { sum += Number(input.value); any = true; }
    });
    if (any) { document.getElementById("id_s" + section + "_score").value = Math.round(sum * 10000) / 10000; }
  });
})();
