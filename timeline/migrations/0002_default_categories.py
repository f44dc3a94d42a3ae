from django.db import migrations
from django.utils.text import slugify

# The categories the extraction engine's keyword rules assign; editors add
# their own in the admin.
DEFAULT_CATEGORIES = [
    "Missile launch",
    "Military exercise",
    "Diplomatic meeting",
    "Statement",
    "Election",
    "Court ruling",
    "Disaster",
    "Business",
    "Sports",
    "Other",
]


def add_categories(apps, schema_editor):
    Category = apps.get_model("timeline", "Category")
    for name in DEFAULT_CATEGORIES:
        Category.objects.get_or_create(slug=slugify(name), defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("timeline", "0001_initial")]

    operations = [migrations.RunPython(add_categories, migrations.RunPython.noop)]
