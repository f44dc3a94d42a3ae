from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from timeline.views import browse, editing, exports, feeds, importing, jobs, suggest

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
        path("events/<int:pk>/claims/<int:mention_pk>/<str:fact>/", editing.event_use_claim, name="event_use_claim"),
        path("events/date-preview/", editing.date_preview, name="date_preview"),
        path("date-changes/<int:pk>/", editing.date_change_decide, name="date_change_decide"),
        path("articles/new/", importing.article_import, name="article_import"),
        path("articles/new/review/", importing.article_review, name="article_review"),
        path("feeds/", feeds.feed_list, name="feed_list"),
        path("feeds/<int:pk>/pause/", feeds.feed_pause, name="feed_pause"),
        path("feeds/<int:pk>/poll/", feeds.feed_poll, name="feed_poll"),
        path("imports/", jobs.import_runs, name="import_runs"),
        path("imports/<int:pk>/", jobs.import_run, name="import_run"),
        path("imports/<int:pk>/resume/", jobs.import_run_resume, name="import_run_resume"),
        path("imports/reextract/", jobs.reextract, name="reextract"),
        path("export/<str:fmt>/", exports.export, name="export"),
        path("feed/", exports.event_feed, name="feed"),
        path("suggest/<str:kind>/", suggest.suggestions, name="suggest"),
    ],
    "timeline",
)

# Password reset mails a link: without mail configured (settings.EMAIL_HOST)
# its pages do not exist, rather than promising a mail that never comes.
account_patterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password_change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
if settings.PASSWORD_RESET_ENABLED:
    account_patterns = "django.contrib.auth.urls"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include(account_patterns)),
    path("", include(timeline_patterns)),
]
