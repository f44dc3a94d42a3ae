"""What deleting an article does to its events.

An event stands on the articles that report it. Deleting an article removes
its mentions; an event that no other article reports would be left with no
source at all and pass for one "added by hand". So such events are deleted
with the article, and events that other articles also report stay, with
their other mentions. The admin's confirmation page lists both
(ArticleAdmin.get_deleted_objects)."""
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from timeline.models import Article, Event, Mention


def events_reported_only_by(articles):
    """The events that every one of their mentions ties to `articles`
    (a queryset or list of articles): they lose their last source with them."""
    ids = [article.pk for article in articles]
    return Event.objects.filter(mentions__article_id__in=ids).exclude(
        Exists(Mention.objects.filter(event_id=OuterRef("pk")).exclude(article_id__in=ids))
    ).distinct()


@receiver(pre_delete, sender=Article)
def remember_reported_events(sender, instance, **kwargs):
    instance._reported_event_ids = list(instance.mentions.values_list("event_id", flat=True))


@receiver(post_delete, sender=Article)
def delete_events_left_without_source(sender, instance, **kwargs):
    # post_delete comes after all the mentions of the articles being deleted
    # together are gone, so two articles reporting one event delete it too.
    event_ids = getattr(instance, "_reported_event_ids", [])
    if event_ids:
        Event.objects.filter(pk__in=event_ids).exclude(Exists(Mention.objects.filter(event_id=OuterRef("pk")))).delete()


@receiver(pre_save, sender=Mention)
def remember_mention_event(sender, instance, **kwargs):
    """The event a changed mention belonged to, in case it moves: the
    event it leaves loses its claim (refresh_dispute). Known from when the
    mention was loaded (Mention.from_db) or last saved; read from the row
    only for a mention that was neither (built with a primary key, or
    loaded with its event deferred)."""
    if instance.pk is not None and not kwargs.get("raw"):
        saved = getattr(instance, "_loaded_event_id", None)
        if saved is None:
            saved = Mention.objects.filter(pk=instance.pk).values_list("event_id", flat=True).first()
        instance._saved_event_id = saved


@receiver(post_save, sender=Mention)
@receiver(post_delete, sender=Mention)
def refresh_dispute(sender, instance, **kwargs):
    """A source added, changed or removed one by one (the admin, the shell)
    can start or end a dispute; imports write in bulk and refresh their
    events themselves (importing.EventWriter). A mention moved to another
    event refreshes the one it left as well: a batch leaves an event flagged
    disputed as it is (claims.in_dispute), so a stale flag would stay."""
    if not kwargs.get("raw"):
        ids = {instance.event_id, getattr(instance, "_saved_event_id", None)} - {None}
        Event.objects.filter(pk__in=ids).refresh_disputes()
        # Saved, the row holds this event now (a second save moves it from
        # here), unless the save left the event out (update_fields).
        fields = kwargs.get("update_fields")
        if fields is None or {"event", "event_id"} & set(fields):
            instance._loaded_event_id = instance.event_id
