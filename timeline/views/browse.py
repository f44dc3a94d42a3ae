"""Views; being written."""
from django.http import HttpResponse


def index(request):
    return HttpResponse("Timeline")


event_detail = article_list = article_detail = index
