"""manage.py seed_demo: the demo instructor, a super-admin and a graded demo course."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from gradebook.demo import ADMIN_USERNAME, DEMO_USERNAME, seed_demo

DEV_PASSWORDS = {"DEMO_PASSWORD": "demo-pass-2026", "ADMIN_PASSWORD": "admin-pass-2026"}


class Command(BaseCommand):
    help = (
        "Create the demo gradebook if it is missing: instructor 'demo' (password $DEMO_PASSWORD, in development"
        " 'demo-pass-2026' by default), super-admin 'admin' ($ADMIN_PASSWORD, default 'admin-pass-2026'), course"
        " DEMO-101 with three assignments and 60 submissions, most of them graded. Running it again adds nothing"
        " and changes no password. Without DEBUG the passwords must come from the environment."
    )

    def handle(self, *args, **options):
        passwords = {}
        for variable, default in DEV_PASSWORDS.items():
            passwords[variable] = os.environ.get(variable) or (default if settings.DEBUG else "")
            if not passwords[variable]:
                raise CommandError(f"Set {variable}: the development default is only used when DEBUG is on.")
        result = seed_demo(passwords["DEMO_PASSWORD"], passwords["ADMIN_PASSWORD"])
        created = ", ".join(f"{what}: {count}" for what, count in result.created.items() if count)
        self.stdout.write(f"Demo data created: {created or 'nothing, it was already there'}.")
        for username, variable in ((DEMO_USERNAME, "DEMO_PASSWORD"), (ADMIN_USERNAME, "ADMIN_PASSWORD")):
            if username in result.new_users:
                self.stdout.write(f"Created {username!r} with password {passwords[variable]!r}.")
            else:
                self.stdout.write(f"{username!r} already existed; its password was left as it was.")
        self.stdout.write("Log in at http://127.0.0.1:8000/ as 'demo'; the admin is at /admin/ as 'admin'.")
