"""Give a user a role: manage.py grant_role USERNAME viewer|editor|administrator."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

ROLES = ["viewer", "editor", "administrator"]


class Command(BaseCommand):
    help = "Put a user in a role's group (replacing their other roles); editors and administrators may use the admin."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", choices=ROLES)

    def handle(self, username, role, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(
                f"No user is called {username!r}; create one with createsuperuser or in the admin."
            ) from error
        groups = Group.objects.filter(name__in=ROLES)
        if len(groups) != len(ROLES):
            raise CommandError("The role groups are missing: run manage.py migrate.")
        user.groups.remove(*groups)
        user.groups.add(groups.get(name=role))
        # The admin (history, compare, revert, bulk confirm) needs staff status.
        user.is_staff = role != "viewer" or user.is_superuser
        user.save(update_fields=["is_staff"])
        self.stdout.write(f"{username} is now {'an' if role[0] in 'aeiou' else 'a'} {role}.")
