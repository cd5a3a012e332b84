from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def case_banner(request):
    # Vulnerable: the case reference from the query string is marked safe.
    reference = request.GET.get("reference", "")
    banner = mark_safe("<strong>Case " + reference + "</strong>")
    # Safe look-alike: format_html escapes its arguments.
    subtitle = format_html("<em>{}</em>", reference)
    return HttpResponse(banner + subtitle)
