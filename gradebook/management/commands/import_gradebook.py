"""manage.py import_gradebook FILE.csv --course CODE: import graded history into a course."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from gradebook.importer import BATCH_SIZE, Columns, ImportFileError, import_gradebook
from gradebook.models import Course

SHOWN_REJECTIONS = 50
COLUMN_OPTIONS = {
    "question_id": "--question-id-col",
    "question": "--question-col",
    "reference": "--reference-col",
    "answer": "--answer-col",
    "score": "--score-col",
    "comment": "--comment-col",
    "student_id": "--student-id-col",
    "student_name": "--student-name-col",
}


class Command(BaseCommand):
    help = (
        "Import a CSV of graded answers (question id, question, reference answer, student answer, score) into a"
        " course, creating the course if it is missing. Re-importing the same file adds nothing. Rows are"
        " committed in batches; a file with a bad encoding, bad CSV or a missing column is refused whole."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file")
        parser.add_argument("--course", required=True, help="the course code; created if missing")
        parser.add_argument("--course-title", default="", help="title for a new course (default: the code)")
        parser.add_argument("--instructor", default="", help="username: teaches the course, recorded as grader")
        for name, option in COLUMN_OPTIONS.items():
            default = Columns.defaults()[name]
            parser.add_argument(
                option, dest=f"col_{name}", default=default, help=f"column name (default: {default or 'none'})"
            )
        parser.add_argument(
            "--label",
            default="",
            help="without a student id column: a label for this file, so that identical answers in two files"
            " of one course count as different students (default: none)",
        )
        parser.add_argument("--max-score", type=float, default=5, help="the maximum score (default: 5)")
        parser.add_argument(
            "--step", default="auto", help="new questions' score grid: auto (inferred per question), a number, or none"
        )
        parser.add_argument("--encoding", default="utf-8", help="the file's text encoding (default: utf-8)")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="rows per transaction")

    def handle(self, *args, **options):
        instructor = self._instructor(options["instructor"])
        columns = Columns(**{name: options[f"col_{name}"] for name in COLUMN_OPTIONS})
        try:
            binary_file = open(options["file"], "rb")
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error.strerror}.") from None
        with binary_file:
            course, created = self._course(options["course"], options["course_title"], instructor)
            try:
                report = import_gradebook(
                    course,
                    binary_file,
                    columns=columns,
                    max_score=options["max_score"],
                    graded_by=instructor,
                    by=None,  # run on the server: the school's own import may link existing students
                    label=options["label"],
                    encoding=options["encoding"],
                    batch_size=max(1, options["batch_size"]),
                    step=options["step"],
                )
            except ImportFileError as error:
                if created and not course.assignments.exists():
                    course.delete()
                elif error.report.imported or error.report.rejected or error.report.skipped:
                    self._print(course, error.report)
                raise CommandError(str(error)) from None
        if created:
            self.stdout.write(f"Created course {course.code}.")
        self._print(course, report)

    def _instructor(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named '{username}'.") from None

    def _course(self, code, title, instructor) -> tuple[Course, bool]:
        course = Course.objects.filter(code=code).first()
        created = course is None
        if created:
            course = Course(code=code, title=title or code)
            try:
                course.full_clean()
            except ValidationError as error:
                raise CommandError(f"Cannot create course '{code}': {' '.join(error.messages)}") from None
            course.save()
        if instructor is not None:
            course.instructors.add(instructor)
        return course, created

    def _print(self, course, report):
        write = self.stdout.write
        for note in report.notes:
            write(f"Note: {note}")
        write(f"Course {course.code}: {report.assignments_created} new assignments, {report.seconds:.1f} s.")
        write(f"  imported: {report.imported}")
        write(f"  skipped (already imported): {report.skipped}")
        write(f"  rejected: {report.rejected}")
        if report.rejections:
            write(f"Rejected rows (first {min(SHOWN_REJECTIONS, report.rejected)}):")
            for rejection in report.rejections[:SHOWN_REJECTIONS]:
                write(f"  line {rejection.line}: {rejection.reason}")
