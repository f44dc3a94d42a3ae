from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models, transaction
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import bulk_update_with_history

from timeline.models import Actor, ActorAlias, Article, Category, DateChange, Event, Feed, FeedItem, Mention


def highlighted_sentence(mention):
    """The mention's sentence, escaped, with the dating phrase in <mark>."""
    before, cue, after = mention.sentence_parts()
    return format_html("{}<mark>{}</mark>{}", before, cue, after)


@admin.register(Category)
class CategoryAdmin(SimpleHistoryAdmin):
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
class ActorAdmin(SimpleHistoryAdmin):
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
    """An article's reports: what each says (its date and place, as the
    source gives them) and how the date was derived, read-only (they come
    from the text; correcting the publication date derives them again)."""

    model = Mention
    fields = ["event", "cue", "highlighted", "claimed_date", "place", "rule", "confidence", "tense", "anchor"]
    readonly_fields = fields
    extra = 0
    can_delete = True
    show_change_link = False

    @admin.display(description="date it gives")
    def claimed_date(self, mention):
        value = mention.date_value
        return value.label if value else "—"

    def has_add_permission(self, request, obj=None):
        # A mention is made by importing, where its offsets are known; an
        # editor attaches an event to an article through the import review.
        return False

    @admin.display(description="sentence (dating phrase highlighted)")
    def highlighted(self, mention):
        return highlighted_sentence(mention)


class EventMentionInline(MentionInline):
    """An event's reports, with each source's claim and its derivation
    (the sentences are in "Provenance" above)."""

    fields = ["article", "cue", "claimed_date", "place", "rule", "confidence", "tense", "anchor"]
    readonly_fields = fields
    verbose_name = "report"
    verbose_name_plural = "reports (each source's date and how it was derived)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "anchor")


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "source", "published", "mention_count", "imported_at"]
    list_filter = ["source", "published"]
    search_fields = ["title", "url", "source"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "imported_at", "imported_by"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [MentionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions"))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        moved = getattr(obj, "rederived", None)
        if moved is not None:
            pending = DateChange.objects.pending().filter(mention__article=obj).count()
            self.message_user(
                request,
                f"The dates were derived again from the new publication date: {len(moved)} event(s) moved, "
                f"{pending} date change(s) of confirmed or edited events to review.",
                messages.INFO,
            )

    @admin.display(ordering="mention_count", description="mentions")
    def mention_count(self, article):
        return article.mention_count

    def get_deleted_objects(self, objs, request):
        """The confirmation page also lists the events deleted with the
        articles: those no other article reports (see timeline/signals.py).
        Events other articles also report are kept and say so."""
        from timeline.signals import events_reported_only_by

        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        events = list(events_reported_only_by(objs).order_by("date", "id"))
        if events:
            to_delete.append(
                format_html(
                    "Events no other article reports, deleted with {}: {}",
                    "it" if len(objs) == 1 else "them",
                    len(events),
                )
            )
            to_delete.append(
                [
                    format_html(
                        "{}: <a href='{}'>{}</a>",
                        Event._meta.verbose_name.capitalize(),
                        reverse("admin:timeline_event_change", args=[event.pk]),
                        event,
                    )
                    for event in events
                ]
            )
            model_count[Event._meta.verbose_name_plural] = len(events)
            if not request.user.has_perm("timeline.delete_event"):
                perms_needed.add(Event._meta.verbose_name)
        kept = (
            Event.objects.filter(mentions__article__in=[a.pk for a in objs])
            .exclude(pk__in=[e.pk for e in events])
            .distinct()
            .count()
        )
        if kept:
            to_delete.append(format_html("Events other articles also report, kept with their other reports: {}", kept))
        return to_delete, model_count, perms_needed, protected


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "date_display", "precision", "category", "status", "stage", "disputed", "updated_at"]
    list_filter = ["status", "stage", "disputed", "precision", "category", ("actors", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "place", "mentions__sentence"]
    date_hierarchy = "date"
    autocomplete_fields = ["actors"]
    list_select_related = ["category"]
    actions = ["confirm", "reject"]
    inlines = [EventMentionInline]
    readonly_fields = ["provenance", "announcement", "summary_of", "disputed", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "status"]}),
        ("When", {"fields": ["date", "precision", "end_date"]}),
        ("What and who", {"fields": ["category", "actors", "place"]}),
        # Issue 14: announced and occurred; summary and items.
        ("Stage and summary", {"fields": ["stage", "announcement", "summary_count", "summary_of"]}),
        ("Provenance", {"fields": ["provenance", "disputed", "created_by", "created_at", "updated_at"]}),
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

    @admin.display(description="announced in")
    def announcement(self, event):
        mention = event.announced_by
        if mention is None:
            return "No source announced it beforehand."
        article = mention.article
        return format_html(
            "<a href='{}'>{}</a> ({}): {}",
            article.get_absolute_url(),
            article.title,
            article.published.isoformat(),
            highlighted_sentence(mention),
        )

    @admin.display(description="part of")
    def summary_of(self, event):
        """The summary this event is an item of (parent), linked."""
        if event.parent is None:
            return "No summary."
        return format_html(
            "<a href='{}'>{}</a> ({} reported)",
            reverse("admin:timeline_event_change", args=[event.parent_id]),
            event.parent,
            event.parent.summary_count,
        )

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Confirm selected events", permissions=["change"])
    def confirm(self, request, queryset):
        count = self.set_status(request, queryset, Event.Status.CONFIRMED)
        self.message_user(request, f"Confirmed {count} event(s).", messages.SUCCESS)

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request, queryset):
        count = self.set_status(request, queryset, Event.Status.REJECTED)
        self.message_user(request, f"Rejected {count} event(s).", messages.SUCCESS)

    def set_status(self, request, queryset, status):
        """A bulk update that the history keeps, one record per event, with
        who did it (queryset.update() would leave no trace)."""
        events = list(queryset.exclude(status=status))
        now = timezone.now()
        for event in events:
            event.status, event.updated_at = status, now
        bulk_update_with_history(
            events, Event, ["status", "updated_at"], batch_size=500, default_user=request.user,
            default_change_reason=f"{status.label} in the admin",
        )
        return len(events)

@admin.register(DateChange)
class DateChangeAdmin(admin.ModelAdmin):
    """Re-derived dates of events a person confirmed or edited, waiting for
    an editor (timeline/derivation.py). Whoever may change events decides."""

    list_display = ["event", "old_label", "new_label", "reason", "decision", "created", "decided_by"]
    list_filter = ["decision"]
    list_select_related = ["event", "decided_by"]
    search_fields = ["event__title", "reason"]
    actions = ["accept", "reject"]
    fields = ["event", "mention", "old_label", "new_label", "reason", "created", "decision", "decided_by", "decided_at"]
    readonly_fields = fields

    @admin.display(description="date now")
    def old_label(self, change):
        return change.old_value.label

    @admin.display(description="re-derived date")
    def new_label(self, change):
        return change.new_value.label

    def has_add_permission(self, request):
        return False  # made by re-derivation only

    def has_delete_permission(self, request, obj=None):
        return False  # decided, never deleted: the record of what was decided

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("timeline.change_event")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("timeline.view_event") or self.has_change_permission(request, obj)

    @admin.action(description="Accept the re-derived dates of the selected changes", permissions=["change"])
    def accept(self, request, queryset):
        self.decide(request, queryset, DateChange.accept, "Accepted")

    @admin.action(description="Reject the selected changes (events keep their dates)", permissions=["change"])
    def reject(self, request, queryset):
        self.decide(request, queryset, DateChange.reject, "Rejected")

    def decide(self, request, queryset, decision, verb):
        with transaction.atomic():
            changes = list(queryset.pending().select_related("event").order_by("created", "id"))
            for change in changes:
                decision(change, request.user)
        skipped = queryset.count() - len(changes)
        self.message_user(
            request,
            f"{verb} {len(changes)} date change(s)."
            + (f" {skipped} already decided, left as they were." if skipped else ""),
            messages.SUCCESS,
        )


class FeedItemInline(admin.TabularInline):
    model = FeedItem
    extra = 0
    fields = ["title", "url", "article", "error", "attempts", "first_seen"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "interval", "paused", "last_polled", "last_new_items", "items_imported"]
    list_filter = ["paused", "interval"]
    search_fields = ["title", "url"]
    readonly_fields = ["last_polled", "last_error", "last_new_items", "items_imported", "polls", "created_by"]
    inlines = [FeedItemInline]
