"""The import review page's form, as the browser would post it back."""


def review_data(response):
    """Every field of the review page (the article and each proposal), with
    what it shows: a checked "keep" box sends "on", an unchecked one nothing."""
    data = {f.html_name: f.value() if f.value() is not None else "" for f in response.context["article_form"]}
    formset = response.context["formset"]
    data.update({f"form-{k}": v for k, v in formset.management_form.initial.items()})
    for form in formset:
        for field in form:
            value = field.value()
            if field.name == "keep":
                if value:
                    data[field.html_name] = "on"
                continue
            if field.name == "category":
                value = getattr(value, "slug", value) or ""
            data[field.html_name] = value if value is not None else ""
    return data
