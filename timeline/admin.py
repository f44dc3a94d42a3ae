from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from timeline.models import Actor, ActorAlias, Article, Category, Event, Mention


def highlighted_sentence(mention):
    """The mention's sentence, escaped, with the dating phrase in <mark>."""
    before, cue, after = mention.sentence_parts()
    return format_html("{}<mark>{}</mark>{}", before, cue, after)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "event_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("events"))

    @admin.display(ordering="event_count", description="events")
    def event_count(self, category):
        return category.event_count


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "alias_list"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]  # also serves the events' actor autocomplete
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline]
    actions = ["merge_actors"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_search_results(self, request, queryset, search_term):
        # An actor found by two aliases is listed once.
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    @admin.display(description="aliases")
    def alias_list(self, actor):
        return ", ".join(alias.name for alias in actor.aliases.all())

    def has_merge_permission(self, request):
        opts = self.opts
        return request.user.has_perms([f"{opts.app_label}.change_actor", f"{opts.app_label}.delete_actor"])

    @admin.action(description="Merge selected actors into one", permissions=["merge"])
    def merge_actors(self, request, queryset):
        """Asks which actor to keep, then merges the others into it: their
        events follow, their names become its aliases."""
        actors = list(queryset.order_by("name"))
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        keep_id = request.POST.get("keep")
        keep = next((actor for actor in actors if str(actor.pk) == keep_id), None)
        if "apply" in request.POST and keep is not None:
            others = [actor for actor in actors if actor != keep]
            keep.merge(others)
            self.message_user(
                request,
                f"Merged {', '.join(a.name for a in others)} into {keep.name}; their events and names follow.",
                messages.SUCCESS,
            )
            return None
        counts = dict(
            Event.actors.through.objects.filter(actor__in=actors).values_list("actor").annotate(n=Count("event"))
        )
        return TemplateResponse(
            request,
            "admin/timeline/actor/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge actors",
                "opts": self.opts,
                "actors": [(actor, counts.get(actor.pk, 0)) for actor in actors],
                "error": "Choose the actor to keep." if "apply" in request.POST else "",
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["event", "cue", "highlighted"]
    readonly_fields = ["event", "cue", "highlighted"]
    extra = 0
    can_delete = True
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        # A mention is made by importing, where its offsets are known; an
        # editor attaches an event to an article through the import review.
        return False

    @admin.display(description="sentence (dating phrase highlighted)")
    def highlighted(self, mention):
        return highlighted_sentence(mention)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "published", "mention_count", "imported_at"]
    list_filter = ["source", "published"]
    search_fields = ["title", "url", "source"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "imported_at", "imported_by"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [MentionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions"))

    @admin.display(ordering="mention_count", description="mentions")
    def mention_count(self, article):
        return article.mention_count


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "date_display", "precision", "category", "status", "updated_at"]
    list_filter = ["status", "precision", "category", ("actors", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "place", "mentions__sentence"]
    date_hierarchy = "date"
    autocomplete_fields = ["actors"]
    list_select_related = ["category"]
    actions = ["confirm", "reject"]
    readonly_fields = ["provenance", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "status"]}),
        ("When", {"fields": ["date", "precision", "end_date"]}),
        ("What and who", {"fields": ["category", "actors", "place"]}),
        ("Provenance", {"fields": ["provenance", "created_by", "created_at", "updated_at"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        # Searching through mentions joins a to-many relation; distinct keeps
        # an event reported twice from being listed twice.
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    @admin.display(ordering="date", description="date")
    def date_display(self, event):
        return event.date_label

    @admin.display(description="reported in")
    def provenance(self, event):
        mentions = event.mentions.select_related("article")
        if not mentions:
            return "Added by hand; no article reports it."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><a href='{}'>{}</a> ({}, {}): {}</li>",
                (
                    (
                        m.article.get_absolute_url(),
                        m.article.title,
                        m.article.source or "unknown source",
                        m.article.published.isoformat(),
                        highlighted_sentence(m),
                    )
                    for m in mentions
                ),
            ),
        )

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Confirm selected events", permissions=["change"])
    def confirm(self, request, queryset):
        # update() skips auto_now, so the change time is set here.
        count = queryset.update(status=Event.Status.CONFIRMED, updated_at=timezone.now())
        self.message_user(request, f"Confirmed {count} event(s).", messages.SUCCESS)

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request, queryset):
        count = queryset.update(status=Event.Status.REJECTED, updated_at=timezone.now())
        self.message_user(request, f"Rejected {count} event(s).", messages.SUCCESS)
