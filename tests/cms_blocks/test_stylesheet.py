"""A host links the blocks' stylesheet once, with a tag, and every block is styled."""

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.template import Context, Template

from ..testapp.builders import make_standard_page


def test_the_tag_links_the_blocks_stylesheet(settings):
    html = Template("{% load cms_blocks_tags %}{% cms_blocks_stylesheet %}").render(Context())

    link = BeautifulSoup(html, "html.parser").link
    assert link["rel"] == ["stylesheet"]
    assert finders.find(link["href"].removeprefix(settings.STATIC_URL))


def test_a_page_of_blocks_in_the_hosts_layout_has_the_stylesheet(client, home_page):
    page = make_standard_page(home_page)

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert soup.head.select_one('link[rel="stylesheet"][href$="cms_blocks/css/blocks.css"]')
