"""One transaction per write request: a POST, PUT, PATCH or DELETE that fails saves nothing.

Like Django's ATOMIC_REQUESTS, but only for writes: on SQLite every transaction takes the
write lock up front (settings), so wrapping reads too would make every page wait for every
other. A view opts out when it commits in steps on purpose (the gradebook import keeps
each committed batch) or does slow work outside the database (a model's inference), with
Django's ``transaction.non_atomic_requests`` or, on a class-based view, ``atomic_writes = False``.
"""

from django.db import DEFAULT_DB_ALIAS, connection, transaction

from core.errors import api_exception_handler

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _exempt(view_func) -> bool:
    view_class = getattr(view_func, "cls", None) or getattr(view_func, "view_class", None)
    return DEFAULT_DB_ALIAS in getattr(view_func, "_non_atomic_requests", ()) or not getattr(
        view_class, "atomic_writes", True
    )


class AtomicWritesMiddleware:
    """Keep it last in MIDDLEWARE: it calls the view itself, after every other process_view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in WRITE_METHODS or _exempt(view_func):
            return None
        with transaction.atomic():
            request.in_write_transaction = True
            return view_func(request, *view_args, **view_kwargs)


def exception_handler(exc, context):
    """core.errors.api_exception_handler (DRF's, plus 409 for a Conflict); an API error inside a write's transaction also rolls the transaction back
    (DRF turns the exception into a response, so the transaction would not see it)."""
    response = api_exception_handler(exc, context)
    if getattr(context.get("request"), "in_write_transaction", False) and connection.in_atomic_block:
        transaction.set_rollback(True)
    return response
