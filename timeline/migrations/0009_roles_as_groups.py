"""Roles as groups: viewer, editor, administrator (README, "Roles").

Permissions are made by a post_migrate signal, after every migration has
run, so on a fresh database they are created here first."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["event", "article", "mention", "actor", "category"]
HISTORY = ["historicalevent", "historicalarticle", "historicalmention", "historicalactor", "historicalcategory"]

ROLES = {
    # Reads the timeline when the site is not public (TIMELINE_PUBLIC=0).
    "viewer": [f"view_{model}" for model in MODELS],
    # Adds events, imports articles, corrects and confirms events, and
    # sees (in the admin) and undoes changes; deletes nothing.
    "editor": [f"view_{model}" for model in MODELS + HISTORY]
    + ["add_event", "change_event", "add_article", "change_article", "add_mention", "change_mention",
       "add_actor", "change_actor", "add_category", "change_category"],
    # Everything on the timeline, deletions included, and the accounts.
    "administrator": [f"{action}_{model}" for action in ("add", "change", "delete", "view") for model in MODELS + HISTORY]
    + [f"{action}_{model}" for action in ("add", "change", "view") for model in ("user", "group")],
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            codename__in=codenames, content_type__app_label__in=["timeline", "auth"]
        )
        missing = set(codenames) - set(permissions.values_list("codename", flat=True))
        assert not missing, f"unknown permissions for {name}: {sorted(missing)}"
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0008_actor_name_index_and_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
