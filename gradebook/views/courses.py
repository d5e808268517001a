from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ..access import courses_for


@login_required
def course_list(request):
    return render(request, "gradebook/course_list.html", {"courses": courses_for(request.user)})
