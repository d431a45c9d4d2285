"""Open calls for projects on a country page: listed until their deadline, never counted."""

from bs4 import BeautifulSoup

from ..builders import make_member, make_member_index
from ..calls.builders import make_call, make_call_index
from .builders import make_partner_countries_page


def test_a_country_page_lists_its_open_calls_only(client, home_page):
    page = make_partner_countries_page(home_page)
    make_member(make_member_index(home_page), title="ADOS", countries=["SN"])
    calls = make_call_index(home_page)
    make_call(calls, title="Appel Sahel", slug="sahel", countries=["SN", "ML"], in_days=10)
    make_call(calls, title="Appel clos", slug="clos", countries=["SN"], in_days=-3)

    soup = BeautifulSoup(client.get(page.url + "sn/").content, "html.parser")

    section = soup.select_one("#country-calls").find_parent("section")
    assert [a.get_text() for a in section.select("li > a")] == ["Appel Sahel"]
    assert section.select_one(".tagged-list__summary")  # its deadline
    # A call alone makes no partner country: Mali has no page.
    assert client.get(page.url + "ml/").status_code == 404


def test_a_call_links_to_the_pages_of_its_partner_countries(client, home_page):
    page = make_partner_countries_page(home_page)
    make_member(make_member_index(home_page), title="ADOS", countries=["SN"])
    call = make_call(make_call_index(home_page), title="Appel Sahel", countries=["SN", "ML"])

    soup = BeautifulSoup(client.get(call.url).content, "html.parser")

    countries = soup.find("dt", string="Pays").find_next_sibling("dd")
    assert [(a.get_text(), a["href"]) for a in countries.select("a")] == [
        ("Sénégal", page.url + "sn/")
    ]
    assert "Mali" in countries.get_text()  # named, with no page to lead to
