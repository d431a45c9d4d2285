from django import template

register = template.Library()


@register.simple_tag
def listing_head(head, listing):
    """Make a later page of the whole list of news its own canonical page, as the member
    directory's are (``resacoop.pages.metadata._canonical_query``): ``?page=2`` in the
    canonical address and ``og:url``, and no hreflang alternates (the other languages'
    second pages list other news).

    Called in the ``alternates`` block, which ``base.html`` renders before the sharing tags
    read ``head``. A filtered list is not indexed at all (``noindex`` in its context).
    """
    if head.canonical and listing is not None and not listing.is_filtered:
        number = listing.page.number
        if number > 1:
            head.canonical = f"{head.canonical}?page={number}"
            head.url = head.canonical
            head.alternates = []
            head.locale_alternates = []
    return ""
