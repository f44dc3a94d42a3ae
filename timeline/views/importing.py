"""Importing an article: paste or upload, review what the engine proposes, save.

The review step keeps no server-side state: the article travels in hidden
fields and the proposals in a formset, so a failed save loses nothing and a
stale page cannot write half an import."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods, require_POST

from timeline.extraction import ExtractionError, extract_events
from timeline.forms import ArticleImportForm, ProposedEventForm, ProposedEventFormSet, ReviewArticleForm
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
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        duplicate = form.duplicate()
        if duplicate is not None:
            form.add_error(None, duplicate_message(duplicate))
        else:
            article = form.cleaned_data
            try:
                proposals = extract_events(article["text"], published=article["published"])
            except ExtractionError as error:
                form.add_error("text", str(error))
            else:
                return render_review(
                    request,
                    ReviewArticleForm(initial={k: v for k, v in article.items() if k != "file"}),
                    ProposedEventFormSet(
                        initial=[ProposedEventForm.initial_for(p) for p in proposals],
                        article_text=article["text"],
                        published=article["published"],
                    ),
                )
    return render(request, "timeline/article_import.html", {"form": form})


def render_review(request, article_form, formset):
    return render(request, "timeline/article_review.html", {"article_form": article_form, "formset": formset})


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
        return render(request, "timeline/article_import.html", {"form": form})
    article = article_form.cleaned_data
    formset = ProposedEventFormSet(request.POST, article_text=article["text"], published=article["published"])
    if not formset.is_valid():
        return render_review(request, article_form, formset)
    kept = formset.kept()
    saved, created = Article.objects.import_article(
        title=article["title"],
        url=article["url"],
        source=article["source"],
        published=article["published"],
        text=article["text"],
        user=request.user,
        events=[extracted for extracted, _ in kept],
        matches=[same_as for _, same_as in kept],
    )
    if not created:
        messages.warning(request, duplicate_message(saved))
    else:
        merged = sum(1 for _, same_as in kept if same_as is not None)
        messages.success(
            request,
            f"Imported “{saved.title}” with {len(kept) - merged} new event(s)"
            + (f" and {merged} report(s) of events already in the timeline." if merged else "."),
        )
    return redirect(saved)
