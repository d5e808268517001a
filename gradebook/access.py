"""Who may see what. Every page and API view gets its objects through these querysets,
so an instructor sees only the courses they teach; a superuser sees everything."""

from .models import Assignment, Course, Evaluation, Rubric, Student, Submission


def courses_for(user):
    if not user.is_authenticated:
        return Course.objects.none()
    if user.is_superuser:
        return Course.objects.all()
    return Course.objects.filter(instructors=user)


def students_for(user):
    return Student.objects.filter(courses__in=courses_for(user)).distinct()


def assignments_for(user):
    return Assignment.objects.filter(course__in=courses_for(user))


def rubrics_for(user):
    return Rubric.objects.filter(assignment__course__in=courses_for(user))


def submissions_for(user):
    return Submission.objects.filter(assignment__course__in=courses_for(user))


def evaluations_for(user):
    return Evaluation.objects.filter(submission__assignment__course__in=courses_for(user))
