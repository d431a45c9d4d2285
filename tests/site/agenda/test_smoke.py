from ..builders import make_map, make_relay
from .builders import make_event


def test_smoke(client, agenda, home_page):
    event = make_event(agenda)
    for url in (agenda.url, event.url, event.url + "ical/", agenda.url + "ical/", agenda.url + "archive/"):
        response = client.get(url)
        assert response.status_code == 200, url
    map_page = make_map(home_page)
    relay = make_relay(map_page, departements="69")
    own = make_event(relay, title="Atelier du relais", in_days=3)
    response = client.get(relay.url)
    assert response.status_code == 200
    assert "Atelier du relais" in response.content.decode()
    response = client.get(map_page.url)
    assert "Atelier du relais" in response.content.decode()
    assert "Atelier du relais" in client.get(agenda.url).content.decode()
    assert client.get(own.url).status_code == 200
