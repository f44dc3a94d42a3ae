from django.contrib import admin
from django.urls import include, path

from timeline.views import browse, editing, exports, importing, jobs

timeline_patterns = (
    [
        path("", browse.index, name="index"),
        path("overview/", browse.overview, name="overview"),
        path("count/", browse.count, name="count"),
        path("facets/", browse.facets, name="facets"),
        path("events/<int:pk>/", browse.event_detail, name="event_detail"),
        path("articles/", browse.article_list, name="article_list"),
        path("articles/<int:pk>/", browse.article_detail, name="article_detail"),
        path("events/new/", editing.event_create, name="event_create"),
        path("events/<int:pk>/edit/", editing.event_edit, name="event_edit"),
        path("events/date-preview/", editing.date_preview, name="date_preview"),
        path("articles/new/", importing.article_import, name="article_import"),
        path("articles/new/review/", importing.article_review, name="article_review"),
        path("imports/", jobs.import_runs, name="import_runs"),
        path("imports/<int:pk>/", jobs.import_run, name="import_run"),
        path("imports/<int:pk>/resume/", jobs.import_run_resume, name="import_run_resume"),
        path("imports/reextract/", jobs.reextract, name="reextract"),
        path("export/<str:fmt>/", exports.export, name="export"),
        path("feed/", exports.event_feed, name="feed"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include(timeline_patterns)),
]
