"""Importing an article: paste, upload or fetch it, review what the engine
proposes, save.

The review step keeps no server-side state: the article travels in hidden
fields and the proposals in a formset, so a failed save loses nothing and a
stale page cannot write half an import."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import DatabaseError
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods, require_POST

from timeline.extraction import ExtractionError, extract_events
from timeline.forms import (
    MAX_PROPOSALS,
    ArticleFetchForm,
    ArticleImportForm,
    ProposedEventFormSet,
    ReviewArticleForm,
    page_fields,
    proposals_initial,
)
from timeline.importing import import_article
from timeline.models import Article


def duplicate_message(article):
    return format_html(
        "This article is already in the timeline: <a href='{}'>{}</a>. Nothing was imported.",
        article.get_absolute_url(),
        article.title,
    )


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("timeline.add_article", raise_exception=True)
def article_import(request):
    if request.method == "POST" and "fetch_url" in request.POST:
        return article_fetch(request)
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        duplicate = form.duplicate()
        if duplicate is not None:
            form.add_error(None, duplicate_message(duplicate))
        else:
            review = start_review(request, form, {k: v for k, v in form.cleaned_data.items() if k != "file"})
            if review is not None:
                return review
    return render_import(request, form)


def render_import(request, form, fetch_form=None):
    return render(
        request, "timeline/article_import.html", {"form": form, "fetch_form": fetch_form or ArticleFetchForm()}
    )


def start_review(request, form, article):
    """The review page for `article` (the import form's fields), or None
    with the engine's complaint on `form`."""
    try:
        proposals = extract_events(article["text"], published=article["published"], uncertain=True)
    except ExtractionError as error:
        form.add_error("text" if "text" in form.fields else None, str(error))
        return None
    return render_review(
        request,
        ReviewArticleForm(initial={**article, "resolved_against": article["published"]}),
        ProposedEventFormSet(
            initial=proposals_initial(proposals),
            article_text=article["text"],
            published=article["published"],
        ),
    )


def article_fetch(request):
    """Import by URL: fetch the page, read the article out of it, review.
    A page that cannot be fetched or read keeps the URL with the reason
    beside it; a page without a date opens the import form filled in."""
    fetch_form = ArticleFetchForm(request.POST)
    page = fetch_form.fetch_page() if fetch_form.is_valid() else None
    if page is None:
        return render_import(request, ArticleImportForm(), fetch_form)
    fields = page_fields(page)
    duplicate = Article.objects.duplicate_of(text=page.text, url=page.url) or (
        Article.objects.filter(url=fetch_form.cleaned_data["fetch_url"]).first()
    )
    if duplicate is not None:
        fetch_form.add_error("fetch_url", duplicate_message(duplicate))
        return render_import(request, ArticleImportForm(), fetch_form)
    form = ArticleImportForm({k: v or "" for k, v in fields.items()})
    if not form.is_valid():
        # No date (or no title) found on the page: the form, filled in with
        # what was found, asks for it.
        if not page.published:
            form.errors["published"] = form.error_class(["No publication date was found on the page: type it."])
        return render_import(request, form, fetch_form)
    review = start_review(request, form, {**form.cleaned_data, **fields})
    return review or render_import(request, form, fetch_form)


def render_review(request, article_form, formset, save_error=None):
    return render(
        request,
        "timeline/article_review.html",
        {"article_form": article_form, "formset": formset, "save_error": save_error},
    )


def _with_all_kept(data, keep):
    """The posted review with every proposal kept (or dropped), all else as typed."""
    data = data.copy()
    try:
        total = min(int(data.get("form-TOTAL_FORMS", 0)), MAX_PROPOSALS)
    except ValueError:
        total = 0
    for index in range(total):
        if keep:
            data[f"form-{index}-keep"] = "on"
        else:
            data.pop(f"form-{index}-keep", None)
    return data


@login_required
@permission_required("timeline.add_article", raise_exception=True)
@require_POST
def article_review(request):
    article_form = ReviewArticleForm(request.POST)
    if not article_form.is_valid():
        # The hidden article fields were tampered with or lost: start again,
        # keeping what was sent.
        form = ArticleImportForm(request.POST)
        form.is_valid()
        return render_import(request, form)
    article = article_form.cleaned_data
    if request.POST.get("refind"):
        # The publication date was corrected: relative dates resolve anew.
        return start_review(request, article_form, article) or render_review(
            request,
            article_form,
            ProposedEventFormSet(request.POST, article_text=article["text"], published=article["published"]),
        )
    action = request.POST.get("review_action")
    if action in ("keep_all", "drop_all"):
        # "Keep all" / "Drop all" without JavaScript: the page comes back
        # with every box set, and every edit made so far kept.
        data = _with_all_kept(request.POST, keep=action == "keep_all")
        formset = ProposedEventFormSet(data, article_text=article["text"], published=article["published"])
        return render_review(request, article_form, formset)
    formset = ProposedEventFormSet(request.POST, article_text=article["text"], published=article["published"])
    if article_form.date_moved():
        # The proposals were dated from another publication date: saving
        # them now would mix the two. Nothing is lost: the edits stay.
        formset.is_valid()
        article_form.add_error(
            "published",
            f"The events below were dated from {article['resolved_against']:%-d %B %Y}: choose “Find events "
            "again with this date”, or put the date back.",
        )
        return render_review(request, article_form, formset)
    if not formset.is_valid():
        return render_review(request, article_form, formset)
    kept = formset.kept()
    try:
        saved, created = import_article(
            title=article["title"],
            url=article["url"],
            source=article["source"],
            published=article["published"],
            text=article["text"],
            user=request.user,
            events=[statement for statements, _ in kept for statement in statements],
            matches=[same_as for statements, same_as in kept for _ in statements],
        )
    except DatabaseError:
        # The import is one transaction: nothing was stored. The page comes
        # back with everything the reviewer typed.
        return render_review(
            request,
            article_form,
            formset,
            save_error="The article could not be saved (the database did not answer in time); nothing was stored. "
            "Your review is kept below: save again.",
        )
    if not created:
        # The redirect below lands on the stored article, so no link is needed.
        messages.warning(request, f"“{saved.title}” is already in the timeline. Nothing was imported.")
    else:
        merged = sum(1 for _, same_as in kept if same_as is not None)
        messages.success(
            request,
            f"Imported “{saved.title}” with {len(kept) - merged} new event(s)"
            + (f" and {merged} report(s) of events already in the timeline." if merged else "."),
        )
    return redirect(saved)
