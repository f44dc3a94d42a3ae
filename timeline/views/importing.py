"""Views; being written."""
from timeline.views.browse import index as article_import

article_review = article_import
